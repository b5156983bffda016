import Foundation

/// Round tick values for a plot axis: steps of 1, 2 or 5 times a power of ten, the way one
/// would mark an axis by hand (0, 1000, 2000 … or 0, 0.05, 0.10 …).
struct AxisTicks: Equatable {
    /// The axis runs from here…
    let lower: Double
    /// …to here, both multiples of ``step`` covering the data.
    let upper: Double
    /// The distance between ticks.
    let step: Double

    /// Ticks covering `minimum…maximum` with about `count` intervals.
    init(minimum: Double, maximum: Double, count: Int = 6) {
        var span = maximum - minimum
        if !(span > 0) || !span.isFinite { span = max(abs(maximum), 1) }
        let rough = span / Double(max(count, 1))
        let power = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        self.step = step
        self.lower = floor(minimum / step) * step
        let upper = ceil(maximum / step) * step
        self.upper = upper > lower ? upper : lower + step
    }

    /// The tick values from ``lower`` to ``upper``.
    var values: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    /// Decimals that tell the ticks apart: 0 for steps of 1 or more, 2 for 0.05.
    var decimals: Int {
        max(0, Int(ceil(-log10(step) - 1e-9)))
    }
}
