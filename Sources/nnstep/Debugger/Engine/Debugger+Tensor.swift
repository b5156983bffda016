import Explain
import Trace

/// Values with channels, whole: `filter`, `channel` and `example`.
///
/// A value of four dimensions `[batch × C × H × W]` is stored as a matrix of `batch × C·H·W`,
/// each row an example laid out channel by channel; a convolution's weights `W_l` are a matrix
/// `[C·k·k × filters]` whose column `f` is filter `f`, a `C × k × k` tensor (channel, kernel row,
/// kernel column). These commands cut those matrices back into maps and show every number.
extension Debugger {
    /// `filter NAME F`: filter `F` of a convolution's weights (or of their adjustment), as its
    /// `C` maps of `k × k`.
    func showFilter(_ typed: String, _ index: Int) -> Reply {
        let name: String
        do { name = try resolve(typed) } catch { return error }
        let symbol = Notation.symbol(for: name)
        guard let convolution = convolution(of: name) else {
            let names = convolutionWeights
            guard !names.isEmpty else {
                return .failure(texts.text(.debuggerNoConvolution, ["symbol": symbol, "name": name]))
            }
            return .failure(texts.text(.debuggerNotAFilter, ["symbol": symbol, "names": names.joined(separator: ", ")]))
        }
        guard let located = latest(name, atOrBefore: position) else { return notComputed(name) }
        let matrix = located.matrix, k = convolution.kernel, channels = convolution.channels
        guard matrix.rows == channels * k * k else {
            return .failure(texts.text(.debuggerNotAFilter, ["symbol": symbol, "names": convolutionWeights.joined(separator: ", ")]))
        }
        guard let filter = Self.index(index, count: matrix.columns) else {
            return outOfRange(symbol, matrix.shape, .debuggerPartFilter, index)
        }
        let heading = texts.text(.debuggerFilterHeading, values(of: located, ["symbol": symbol, "filter": "\(filter)",
                                                                                "shape": "\(channels)×\(k)×\(k)"]))
        let block = TensorBlock(language: texts.language)
        let maps = block.fullMaps(count: channels, rows: k, columns: k, titles: (0..<channels).map(block.channelTitle),
                                  width: width - 2) { c, r, column in matrix[(c * k + r) * k + column, filter] }
        return Reply(lines: [heading] + maps.map { "  " + $0 })
    }

    /// `channel NAME E C`: channel `C` of example `E` of a value of four dimensions, as one map
    /// of `H × W`.
    func showChannel(_ typed: String, example: Int, channel: Int) -> Reply {
        let name: String
        do { name = try resolve(typed) } catch { return error }
        let symbol = Notation.symbol(for: name)
        guard let located = latest(name, atOrBefore: position) else { return notComputed(name) }
        let matrix = located.matrix, shape = located.event.shape
        guard let image = shape.image, image.count > 0, matrix.columns == image.count else {
            return .failure(texts.text(.debuggerNotAnImage, ["symbol": symbol, "shape": shape.bracketed, "name": name]))
        }
        guard let e = Self.index(example, count: matrix.rows) else {
            return outOfRange(symbol, shape, .debuggerPartExample, example)
        }
        guard let c = Self.index(channel, count: image.channels) else {
            return outOfRange(symbol, shape, .debuggerPartChannel, channel)
        }
        let heading = texts.text(.debuggerChannelHeading, values(of: located, [
            "symbol": symbol, "example": "\(e)", "channel": "\(c)", "shape": "\(image.height)×\(image.width)",
        ]))
        let base = c * image.mapSize
        let map = TensorBlock(language: texts.language).fullMaps(count: 1, rows: image.height, columns: image.width,
                                                                 titles: nil, width: width - 2) { _, r, column in
            matrix[e, base + r * image.width + column]
        }
        return Reply(lines: [heading] + map.map { "  " + $0 })
    }

    /// `example NAME E`: example `E` of a value: every channel of one of four dimensions, each a
    /// map of `H × W`; the row `E` of a matrix, every number.
    func showExample(_ typed: String, _ index: Int) -> Reply {
        let name: String
        do { name = try resolve(typed) } catch { return error }
        let symbol = Notation.symbol(for: name)
        guard let located = latest(name, atOrBefore: position) else { return notComputed(name) }
        let matrix = located.matrix, shape = located.event.shape
        guard let e = Self.index(index, count: matrix.rows) else {
            return outOfRange(symbol, shape, .debuggerPartExample, index)
        }
        guard let image = shape.image, image.count > 0, matrix.columns == image.count else {
            let heading = texts.text(.debuggerExampleHeading, values(of: located, ["symbol": symbol, "example": "\(e)",
                                                                                   "shape": "\(matrix.columns)"]))
            return Reply(lines: [heading] + MatrixText(palette: palette, width: width).vector(matrix.row(e)))
        }
        let heading = texts.text(.debuggerExampleHeading, values(of: located, ["symbol": symbol, "example": "\(e)",
                                                                               "shape": image.description]))
        return Reply(lines: [heading] + exampleMaps(matrix, example: e, image: image))
    }

    /// Every channel of example `example` of `matrix` (a batch of `image`s), whole, indented.
    func exampleMaps(_ matrix: Matrix, example: Int, image: TensorShape) -> [String] {
        let block = TensorBlock(language: texts.language)
        return block.fullMaps(count: image.channels, rows: image.height, columns: image.width,
                              titles: (0..<image.channels).map(block.channelTitle), width: width - 2) { c, r, column in
            matrix[example, c * image.mapSize + r * image.width + column]
        }.map { "  " + $0 }
    }

    // MARK: - Helpers

    /// The layer, kernel size and input channels of the convolution whose weights (`W2`) or
    /// adjustment (`dW2`) `name` is.
    func convolution(of name: String) -> (layer: Int, kernel: Int, channels: Int)? {
        let number: Substring
        if name.hasPrefix("dW") { number = name.dropFirst(2) } else if name.hasPrefix("W") { number = name.dropFirst() } else { return nil }
        guard let layer = Int(number) else { return nil }
        let stages = recording.header.network.layout.weightStages
        guard stages.indices.contains(layer - 1), case .conv2d(let kernel) = stages[layer - 1].layer.kind else { return nil }
        return (layer, kernel, stages[layer - 1].input.image?.channels ?? 1)
    }

    /// The weights of every convolution of the network: `W1, W2`.
    var convolutionWeights: [String] {
        recording.header.network.layout.weightStages.enumerated().compactMap { index, stage in
            if case .conv2d = stage.layer.kind { return Notation.weightName(index + 1) }
            return nil
        }
    }

    /// `index` counted from the end when negative, if it is inside `0..<count`.
    static func index(_ index: Int, count: Int) -> Int? {
        let fixed = index < 0 ? index + count : index
        return (0..<count).contains(fixed) ? fixed : nil
    }

    /// The placeholders every heading of a located value has: epoch, step, and the note when it
    /// comes from an earlier kept epoch.
    private func values(of located: Located, _ more: [String: String]) -> [String: String] {
        more.merging(["epoch": "\(recording.epochNumber(located.position.epoch))", "step": "\(located.event.step)",
                      "note": located.position.epoch == position.epoch ? "" : texts.text(.debuggerValueEarlier)]) { $1 }
    }

    /// The failure of an index outside `shape`: «A₁ es [64×32×26×26]: no tiene el canal 40 …».
    private func outOfRange(_ symbol: String, _ shape: Shape, _ part: InterfaceKey, _ index: Int) -> Reply {
        .failure(texts.text(.debuggerIndexOutOfRange, ["symbol": symbol, "shape": shape.bracketed,
                                                       "part": texts.text(part, ["index": "\(index)"])]))
    }
}
