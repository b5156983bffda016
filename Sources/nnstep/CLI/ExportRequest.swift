/// What `nnstep export` was asked to produce, as the command line said it.
struct ExportRequest: Equatable {
    /// What is exported.
    enum Kind: String, CaseIterable {
        /// A LaTeX article (or, with `--fragment`, only its equations).
        case latex
        /// A Beamer deck.
        case slides
        /// The loss curve as SVG.
        case plot
    }

    /// One item of `--steps 7,13-15,delta_out`.
    enum StepSelector: Equatable {
        /// Steps `lower…upper` (one step when both are equal), counted from 1.
        case range(ClosedRange<Int>)
        /// The step with that canonical name (the first one, for `W1`…).
        case name(String)
    }

    /// `latex`, `slides` or `plot`.
    var kind: Kind
    /// The lessons or traces: one for `latex` and `slides`, one or more (one curve each) for `plot`.
    var sources: [String]
    /// `-o FILE`; `-` is standard output; `nil` is the default name.
    var output: String?
    /// `--epoch E`: the epoch exported.
    var epoch: Int?
    /// `--step S`: only that step (latex).
    var step: Int?
    /// `--name NAME`: only that step (latex).
    var name: String?
    /// `--fragment`: only the equations (latex).
    var fragment = false
    /// `--precision N`: decimals of every number.
    var precision: Int?
    /// `--steps LIST`: the steps shown (slides).
    var steps: [StepSelector]?
    /// `--group`: one frame per phase (slides).
    var group = false
}
