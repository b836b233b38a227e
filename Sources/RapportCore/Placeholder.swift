// RapportCore
