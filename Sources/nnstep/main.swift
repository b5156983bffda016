import Glibc

exit(NNStep.main(Array(CommandLine.arguments.dropFirst())))
