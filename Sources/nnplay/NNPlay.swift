import ArgumentParser

/// The `nnplay` command: a neural-network playground in the terminal.
@main
struct NNPlay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nnplay",
        abstract: "A neural-network playground in the terminal.",
        discussion: """
            Train small networks on 2-D datasets and watch them learn: XOR, circles, spirals, gaussians and \
            more, with any architecture, activation, loss, optimizer and regularization.
            """,
        subcommands: [UICommand.self, TrainCommand.self, GradCheckCommand.self, BackpropCommand.self, SweepCommand.self, CompareCommand.self, PresetsCommand.self, BenchCommand.self, DiagnoseBenchCommand.self, FuzzCommand.self],
        defaultSubcommand: UICommand.self
    )
}
