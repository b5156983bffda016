import XCTest
import Trace

/// Central finite differences, the independent reference for every backward rule.
enum NumericalGradient {
    /// The step of the central differences. With `h = 1e-6` the truncation error `O(h²)` is
    /// about 1e-12 and the rounding error `ε·|f|/h` about 1e-10 for the `O(1)` functions of the
    /// tests: both far below the 1e-6 relative tolerance.
    static let step = 1e-6

    /// `∂f/∂x` element by element: `(f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h`.
    static func gradient(of f: (Matrix) -> Double, at x: Matrix, h: Double = step) -> Matrix {
        var result = Matrix(rows: x.rows, columns: x.columns)
        for r in 0..<x.rows {
            for c in 0..<x.columns {
                var plus = x, minus = x
                plus[r, c] += h
                minus[r, c] -= h
                result[r, c] = (f(plus) - f(minus)) / (2 * h)
            }
        }
        return result
    }

    /// A `rows × columns` matrix of draws in `[bounds.lower, bounds.upper)` from `generator`.
    static func randomMatrix(_ rows: Int, _ columns: Int, _ generator: inout SplitMix64,
                             in bounds: (lower: Double, upper: Double) = (-1, 1)) -> Matrix {
        let (lower, upper) = bounds
        var m = Matrix(rows: rows, columns: columns)
        for r in 0..<rows {
            for c in 0..<columns { m[r, c] = generator.nextUniform(in: lower, upper) }
        }
        return m
    }

    /// `Σᵢⱼ a[i,j]·b[i,j]`, written out so the tests' scalar functions don't rely on the code under test.
    static func frobenius(_ a: Matrix, _ b: Matrix) -> Double {
        precondition(a.shape == b.shape)
        var sum = 0.0
        for r in 0..<a.rows {
            for c in 0..<a.columns { sum += a[r, c] * b[r, c] }
        }
        return sum
    }
}

/// Asserts every element of `analytic` is within relative error `tolerance` of `numeric`.
///
/// The relative error is `|a − n| / max(|a|, |n|, 1e-3)`: relative for the gradients of normal
/// size, and an absolute bound of `tolerance·1e-3` for the few elements close to zero, where a
/// relative error of finite differences means nothing.
func assertGradient(_ analytic: Matrix, _ numeric: Matrix, tolerance: Double = 1e-6, _ message: String,
                    file: StaticString = #filePath, line: UInt = #line) {
    guard analytic.shape == numeric.shape else {
        return XCTFail("\(message): shape \(analytic.shape) ≠ \(numeric.shape)", file: file, line: line)
    }
    for r in 0..<analytic.rows {
        for c in 0..<analytic.columns {
            let a = analytic[r, c], n = numeric[r, c]
            let error = abs(a - n) / max(abs(a), abs(n), 1e-3)
            if !(error < tolerance) {
                XCTFail("\(message)[\(r),\(c)]: analytic \(a), numeric \(n), relative error \(error)",
                        file: file, line: line)
            }
        }
    }
}
