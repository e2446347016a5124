import Foundation
import TUIKit

/// Where a redraw's time goes, timed part by part with TUIKit's public API at the benchmark's
/// terminal size. Profiling the keystroke run showed most of its CPU time in Unicode property
/// look-ups (`DisplayWidth.of`) made once or more per cell, even for plain ASCII blanks:
/// `ScreenBuffer.put` asks the old cell's `width`, `fill` puts every cell, and presenting asks
/// every cell's `width` again. These figures put a number on each of those per frame.
struct RedrawParts {
    /// A fresh `ScreenBuffer` for the whole terminal, filled once with blanks (as tables fill their area).
    var fillMicroseconds: Double
    /// `Cell.width` of every cell, as `CursesDrawing.draw` asks it when presenting.
    var cellWidthMicroseconds: Double
    /// The same, answering single-byte (ASCII) graphemes without the Unicode tables: what an
    /// ASCII fast path in `DisplayWidth.of` would cost instead.
    var asciiShortcutMicroseconds: Double
    var cells: Int

    static func measure(size: TerminalSize, repeats: Int = 200) -> RedrawParts {
        var sink = 0
        let fill = medianMicroseconds(repeats) {
            var buffer = ScreenBuffer(size: size)
            buffer.fill(buffer.bounds)
            sink &+= buffer.height
        }
        var frame = ScreenBuffer(size: size)
        frame.write("Find: White", row: 1, column: 2)
        let widths = medianMicroseconds(repeats) {
            for row in 0..<frame.height {
                for column in 0..<frame.width { sink &+= frame[row, column].width }
            }
        }
        let shortcut = medianMicroseconds(repeats) {
            for row in 0..<frame.height {
                for column in 0..<frame.width {
                    let cell = frame[row, column]
                    sink &+= cell.grapheme.utf8.count == 1 && !cell.isContinuation ? 1 : cell.width
                }
            }
        }
        if sink == Int.min { print(sink) }  // keeps the work from being optimised away
        return RedrawParts(fillMicroseconds: fill, cellWidthMicroseconds: widths, asciiShortcutMicroseconds: shortcut,
                           cells: size.rows * size.columns)
    }

    var text: String {
        String(format: """
            Redraw parts per frame (%d cells, median): fill a blank buffer %.0f µs; Cell.width of every cell \
            (as present does) %.0f µs, or %.0f µs with an ASCII shortcut.
            """, cells, fillMicroseconds, cellWidthMicroseconds, asciiShortcutMicroseconds)
    }

    private static func medianMicroseconds(_ repeats: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<repeats {
            let started = ContinuousClock.now
            body()
            times.append((ContinuousClock.now - started).milliseconds * 1_000)
        }
        return BenchRunner.percentile(times, 0.5)
    }
}
