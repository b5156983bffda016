import Foundation

/// The runs of a lesson's variants side by side: each one trained with its own settings on the
/// same data, with its history and its diagnosis.
public struct RunComparison: Equatable, Sendable {
    /// One variant's run.
    public struct Outcome: Equatable, Sendable {
        /// The variant's label: `η = 10`.
        public var label: String
        /// The settings it trained with.
        public var settings: TrainingSettings
        /// The activation of its hidden layers when they all share one.
        public var hiddenActivation: Activation?
        /// What the run left.
        public var history: RunHistory
        /// What happened in it.
        public var diagnosis: Diagnosis

        /// An outcome with every field given.
        public init(label: String, settings: TrainingSettings, hiddenActivation: Activation?, history: RunHistory,
                    diagnosis: Diagnosis) {
            self.label = label
            self.settings = settings
            self.hiddenActivation = hiddenActivation
            self.history = history
            self.diagnosis = diagnosis
        }
    }

    /// The lesson's title.
    public var title: String
    /// The runs, in the lesson's order.
    public var outcomes: [Outcome]
    /// The index of the run being stepped through.
    public var selected: Int
    /// Whether the norms of the deltas in epoch 1 are worth a table: the network has three or
    /// more weight layers, or the variants change the hidden activation (§3.1).
    public var showsDeltas: Bool

    /// The epochs whose loss the comparison shows when a run has them: 1, 10, 100, 1000, and
    /// each run's last.
    public static let milestones = [1, 10, 100, 1000]

    /// A comparison of `outcomes`.
    public init(title: String, outcomes: [Outcome], selected: Int, showsDeltas: Bool) {
        self.title = title
        self.outcomes = outcomes
        self.selected = selected
        self.showsDeltas = showsDeltas
    }

    /// Trains every variant of `lesson` (its own settings on the lesson's data) and diagnoses it.
    ///
    /// - Parameters:
    ///   - selected: the index of the variant being stepped through.
    ///   - shouldStop: asked before every epoch of every run; a run stopped this way keeps the
    ///     epochs that ran.
    public static func run(_ lesson: Lesson, selected: Int = 0, thresholds: DiagnosisThresholds = DiagnosisThresholds(),
                           shouldStop: () -> Bool = { false }) -> RunComparison {
        let showsDeltas = lesson.network.depth >= 3 || lesson.variants.contains { $0.hiddenActivation != nil }
        let outcomes = lesson.variants.map { variant -> Outcome in
            let run = lesson.applying(variant)
            let history = RunObserver.run(run, measuresDeltas: showsDeltas, shouldStop: shouldStop)
            let hidden = Array(run.network.weightLayers.dropLast().map(\.activation))
            return Outcome(label: variant.label, settings: run.training,
                           hiddenActivation: hidden.allSatisfy({ $0 == hidden.first }) ? hidden.first : nil,
                           history: history, diagnosis: Diagnosis.diagnose(history, thresholds: thresholds))
        }
        return RunComparison(title: lesson.title, outcomes: outcomes, selected: selected, showsDeltas: showsDeltas)
    }

    /// The epochs of the loss columns: the milestones some run reaches before its last epoch,
    /// then the last (shown for every run as its own last).
    public var milestoneEpochs: [Int] {
        let longest = outcomes.map(\.history.lastEpoch).max() ?? 0
        return Self.milestones.filter { $0 < longest }
    }

    /// Whether every run ended at the same epoch (then the last column can be titled with it).
    public var commonLastEpoch: Int? {
        let lasts = Set(outcomes.map(\.history.lastEpoch))
        return lasts.count == 1 ? lasts.first : nil
    }
}

extension Lesson {
    /// The index of the variant `choice` names: its number from 1, or its label (spaces and case
    /// ignored: `η=10` finds `η = 10`); `nil` when none matches.
    public func variantIndex(_ choice: String) -> Int? {
        guard !variants.isEmpty else { return nil }
        let trimmed = choice.trimmingCharacters(in: .whitespaces)
        if let number = Int(trimmed), (1...variants.count).contains(number) { return number - 1 }
        if let exact = variants.firstIndex(where: { $0.label == choice }) { return exact }
        let key = Self.labelKey(trimmed)
        return variants.firstIndex { Self.labelKey($0.label) == key }
    }

    private static func labelKey(_ label: String) -> String {
        String(label.lowercased().filter { !$0.isWhitespace })
    }
}
