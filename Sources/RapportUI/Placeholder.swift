// RapportUI
