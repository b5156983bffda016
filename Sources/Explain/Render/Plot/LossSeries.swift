import Trace

/// The loss of every epoch of one run: what a loss curve draws, in the SVG plot and in the
/// slides' pgfplots frame alike.
public struct LossSeries: Sendable, Equatable {
    /// The run's name in a legend: `xor (η = 0.5)`.
    public var label: String
    /// `(epoch, loss)` in epoch order.
    public var points: [Point]

    /// One point of the curve.
    public struct Point: Sendable, Equatable {
        /// The epoch, from 1.
        public var epoch: Int
        /// Its loss.
        public var loss: Double

        /// The loss of `epoch`.
        public init(epoch: Int, loss: Double) {
            self.epoch = epoch
            self.loss = loss
        }
    }

    /// A series with the given label and points.
    public init(label: String, points: [Point]) {
        self.label = label
        self.points = points
    }

    /// The losses of `recording`, labelled with its lesson and learning rate.
    public init(recording: Recording) {
        let header = recording.header
        self.init(label: "\(header.lesson) (η = \(LaTeXNumber.shortest(header.learningRate)))",
                  points: recording.losses.filter { $0.loss.isFinite }.map { Point(epoch: $0.epoch, loss: $0.loss) })
    }

    /// At most `limit` points, evenly spread over the epochs, always with the first and the
    /// last: 5000 epochs drawn as a few hundred points look the same and keep files small.
    public func thinned(to limit: Int) -> LossSeries {
        guard points.count > limit, limit >= 2 else { return self }
        let step = Double(points.count - 1) / Double(limit - 1)
        var indices: [Int] = []
        for k in 0..<limit {
            let index = Int((Double(k) * step).rounded())
            if indices.last != index { indices.append(index) }
        }
        return LossSeries(label: label, points: indices.map { points[$0] })
    }
}
