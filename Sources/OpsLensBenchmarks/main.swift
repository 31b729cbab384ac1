let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "names" {
    try NameIndexBenchmark.run(dataDirectory: arguments.dropFirst().first ?? "../shared/data")
} else {
    print("benchmarks")
}
