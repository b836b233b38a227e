import RapportCore
#if canImport(Glibc)
import Glibc
#endif

exit(Rapport.main(Array(CommandLine.arguments.dropFirst())))
