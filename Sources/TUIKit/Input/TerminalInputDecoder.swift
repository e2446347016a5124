/// Turns the characters a terminal sends into keys and pastes, whatever the terminal's make.
///
/// Terminals disagree about how to encode Home, End, F-keys and the rest (xterm's `ESC[H` and
/// `ESC OH`, rxvt's `ESC[7~`, the Linux console's `ESC[1~` and `ESC[[A` …), and terminfo often
/// describes a different terminal from the one in use (`TERM=xterm-256color` inside tmux). So
/// the terminal layer hands every character here and this one decoder knows every encoding; it
/// holds no curses and no clock, so it is tested with tables of sequences.
///
/// Time enters only through two calls the reader makes while a sequence is unfinished:
/// `inputPaused()` when nothing more was waiting at once, and `timedOut()` when nothing came
/// within the escape delay. That is enough to tell the three things an Esc can start:
/// - a key sequence or Alt+key, which a terminal writes in one piece, so its characters are
///   already waiting;
/// - Esc followed by another key typed after it, which arrives after a pause;
/// - a lone Esc, after which nothing comes within the delay.
/// Alt+letter is consumed and ignored: it is never Esc (which goes back) plus a typed letter.
/// An unknown or cut-off sequence is consumed whole and ignored, never read as Esc plus text.
public struct TerminalInputDecoder: Sendable {
    /// What the reader should wait for before calling `timedOut()`.
    public enum Expectation: Hashable, Sendable {
        /// Nothing unfinished: wait as long as the caller likes.
        case nothing
        /// The rest of an escape sequence: wait the escape delay.
        case sequence
        /// The rest of a bracketed paste: wait longer, a big paste may come in several pieces.
        case paste
    }

    private enum State: Sendable {
        case ground
        /// After Esc; `doubled` after Esc Esc (rxvt sends Alt+arrow as Esc + the arrow's sequence);
        /// `paused` once the reader found nothing more waiting.
        case escape(doubled: Bool, paused: Bool)
        /// After `ESC [`: parameters and intermediates so far.
        case controlSequence(String)
        /// After `ESC O` (SS3): an optional modifier digit so far.
        case singleShift(String)
        /// After `ESC [ [`: the Linux console's F1–F5 (`ESC[[A` … `ESC[[E`).
        case linuxFunctionKey
        /// Inside a control sequence too long to be one we know: skip to its final character.
        case skippingSequence
        /// Inside a bracketed paste: the text so far, and how much of its end marker has come.
        case paste([Unicode.Scalar], endMatched: Int)
    }

    /// Longest parameter string kept; anything longer is no key and is skipped.
    static let maximumSequenceLength = 32
    /// Most characters one paste keeps; the rest of a runaway paste is dropped.
    public static let maximumPasteLength = 100_000
    static let pasteEnd = Array("\u{1B}[201~".unicodeScalars)

    private var state = State.ground

    public init() {}

    /// How long the reader should wait for the next character.
    public var expectation: Expectation {
        switch state {
        case .ground: .nothing
        case .paste: .paste
        default: .sequence
        }
    }

    /// Takes one character as the terminal sent it and returns the events it completes.
    public mutating func feed(_ scalar: Unicode.Scalar) -> [InputEvent] {
        switch state {
        case .ground:
            return ground(scalar)
        case .escape(let doubled, let paused):
            return afterEscape(scalar, doubled: doubled, paused: paused)
        case .controlSequence(let parameters):
            return controlSequence(parameters, scalar)
        case .singleShift(let parameters):
            return singleShift(parameters, scalar)
        case .linuxFunctionKey:
            state = .ground
            guard ("A"..."E").contains(scalar) else { return [] }
            return [.key(.function(Int(scalar.value - 64)))]
        case .skippingSequence:
            if EscapeSequences.isFinal(scalar) { state = .ground }
            return []
        case .paste(var text, let endMatched):
            state = .ground  // releases the state's hold on the text, so appending does not copy it
            return continuePaste(&text, endMatched: endMatched, scalar)
        }
    }

    /// Takes several characters, for tests and for text read in one piece.
    public mutating func feed(_ text: String) -> [InputEvent] {
        text.unicodeScalars.flatMap { feed($0) }
    }

    /// The reader found no further character waiting at once. After an Esc this means the next
    /// character, if any, is a separate key press.
    public mutating func inputPaused() {
        if case .escape(let doubled, _) = state { state = .escape(doubled: doubled, paused: true) }
    }

    /// Nothing arrived within the wait: a lone Esc is Esc, a cut-off sequence is dropped, and a
    /// paste whose end never came is delivered as far as it got.
    public mutating func timedOut() -> [InputEvent] {
        defer { state = .ground }
        switch state {
        case .escape(let doubled, _): return doubled ? [.key(.escape), .key(.escape)] : [.key(.escape)]
        case .paste(var text, let endMatched):
            Self.append(Self.pasteEnd[..<endMatched], to: &text)
            return Self.pasteEvent(text)
        default: return []
        }
    }

    private mutating func ground(_ scalar: Unicode.Scalar) -> [InputEvent] {
        if scalar == "\u{1B}" {
            state = .escape(doubled: false, paused: false)
            return []
        }
        return Self.key(forCharacter: scalar).map { [.key($0)] } ?? []
    }

    private mutating func afterEscape(_ scalar: Unicode.Scalar, doubled: Bool, paused: Bool) -> [InputEvent] {
        if paused {
            // A key typed after Esc: Esc, then that key on its own.
            state = .ground
            let earlier: [InputEvent] = doubled ? [.key(.escape), .key(.escape)] : [.key(.escape)]
            return earlier + feed(scalar)
        }
        switch scalar {
        case "[": state = .controlSequence(""); return []
        case "O": state = .singleShift(""); return []
        case "\u{1B}" where doubled: return [.key(.escape)]  // a run of Esc presses: one each
        case "\u{1B}": state = .escape(doubled: true, paused: false); return []
        default:
            // Alt+key: ignored, never Esc plus a letter typed into a field.
            state = .ground
            return doubled ? [.key(.escape)] : []
        }
    }

    private mutating func controlSequence(_ parameters: String, _ scalar: Unicode.Scalar) -> [InputEvent] {
        if parameters.isEmpty, scalar == "[" {
            state = .linuxFunctionKey
            return []
        }
        if EscapeSequences.isFinal(scalar) || EscapeSequences.isRxvtModifierFinal(scalar, after: parameters) {
            state = .ground
            if scalar == "~", parameters == "200" {
                state = .paste([], endMatched: 0)
                return []
            }
            return EscapeSequences.key(controlSequence: parameters, final: scalar).map { [.key($0)] } ?? []
        }
        guard EscapeSequences.isParameterOrIntermediate(scalar) else {
            // Not part of any sequence (a control character or text): the sequence is dropped
            // and the character read on its own.
            state = .ground
            return feed(scalar)
        }
        let longer = parameters + String(scalar)
        state = longer.count > Self.maximumSequenceLength ? .skippingSequence : .controlSequence(longer)
        return []
    }

    private mutating func singleShift(_ parameters: String, _ scalar: Unicode.Scalar) -> [InputEvent] {
        if parameters.count < 2, ("0"..."9").contains(scalar) || scalar == ";" {
            state = .singleShift(parameters + String(scalar))
            return []
        }
        state = .ground
        guard EscapeSequences.isFinal(scalar) else { return feed(scalar) }
        return EscapeSequences.key(singleShift: scalar).map { [.key($0)] } ?? []
    }

    /// Adds one character to the paste, watching for the end marker. The marker starts with
    /// Esc, which occurs nowhere else in it, so a failed partial match never hides its start.
    private mutating func continuePaste(
        _ text: inout [Unicode.Scalar], endMatched: Int, _ scalar: Unicode.Scalar
    ) -> [InputEvent] {
        if scalar == Self.pasteEnd[endMatched] {
            if endMatched + 1 == Self.pasteEnd.count {
                state = .ground
                return Self.pasteEvent(text)
            }
            state = .paste(text, endMatched: endMatched + 1)
            return []
        }
        Self.append(Self.pasteEnd[..<endMatched], to: &text)
        if scalar == Self.pasteEnd[0] {
            state = .paste(text, endMatched: 1)
        } else {
            Self.append(CollectionOfOne(scalar), to: &text)
            state = .paste(text, endMatched: 0)
        }
        return []
    }
}
