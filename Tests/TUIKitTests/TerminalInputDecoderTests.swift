import Testing
import TUIKit

/// Every key encoding VetDesk must understand, by the terminal that sends it.
@Suite("Terminal input decoder")
struct TerminalInputDecoderTests {
    /// (terminal, what it sends, the key).
    static let encodings: [(String, String, Key)] = [
        // xterm: CSI and SS3 forms, with modifiers.
        ("xterm", "\u{1B}[A", .up), ("xterm", "\u{1B}[B", .down), ("xterm", "\u{1B}[C", .right),
        ("xterm", "\u{1B}[D", .left), ("xterm", "\u{1B}OA", .up), ("xterm", "\u{1B}OB", .down),
        ("xterm", "\u{1B}OC", .right), ("xterm", "\u{1B}OD", .left),
        ("xterm", "\u{1B}[H", .home), ("xterm", "\u{1B}[F", .end), ("xterm", "\u{1B}OH", .home),
        ("xterm", "\u{1B}OF", .end), ("xterm", "\u{1B}[1;5H", .home), ("xterm", "\u{1B}[1;2F", .end),
        ("xterm", "\u{1B}[1;5A", .up), ("xterm", "\u{1B}[1;3D", .left),
        ("xterm", "\u{1B}[2~", .insert), ("xterm", "\u{1B}[3~", .delete), ("xterm", "\u{1B}[3;5~", .delete),
        ("xterm", "\u{1B}[5~", .pageUp), ("xterm", "\u{1B}[6~", .pageDown), ("xterm", "\u{1B}[Z", .backTab),
        ("xterm", "\u{1B}OP", .function(1)), ("xterm", "\u{1B}OQ", .function(2)), ("xterm", "\u{1B}OR", .function(3)),
        ("xterm", "\u{1B}OS", .function(4)), ("xterm", "\u{1B}[1;2P", .function(1)), ("xterm", "\u{1B}O5S", .function(4)),
        ("xterm", "\u{1B}[15~", .function(5)), ("xterm", "\u{1B}[17~", .function(6)), ("xterm", "\u{1B}[18~", .function(7)),
        ("xterm", "\u{1B}[19~", .function(8)), ("xterm", "\u{1B}[20~", .function(9)), ("xterm", "\u{1B}[21~", .function(10)),
        ("xterm", "\u{1B}[23~", .function(11)), ("xterm", "\u{1B}[24~", .function(12)),
        ("xterm", "\u{1B}[15;5~", .function(5)), ("xterm", "\u{1B}OM", .enter),
        // rxvt: Home/End as 7 and 8, F1–F4 as 11–14, modifiers as the final character.
        ("rxvt", "\u{1B}[7~", .home), ("rxvt", "\u{1B}[8~", .end), ("rxvt", "\u{1B}[7^", .home),
        ("rxvt", "\u{1B}[8$", .end), ("rxvt", "\u{1B}[7@", .home), ("rxvt", "\u{1B}[3$", .delete),
        ("rxvt", "\u{1B}[11~", .function(1)), ("rxvt", "\u{1B}[12~", .function(2)), ("rxvt", "\u{1B}[13~", .function(3)),
        ("rxvt", "\u{1B}[14~", .function(4)), ("rxvt", "\u{1B}[a", .up), ("rxvt", "\u{1B}[d", .left),
        ("rxvt", "\u{1B}Oa", .up), ("rxvt", "\u{1B}Oc", .right), ("rxvt", "\u{1B}\u{1B}[A", .up),
        // The Linux console: Home/End as 1 and 4, F1–F5 as ESC [ [ A–E.
        ("linux", "\u{1B}[1~", .home), ("linux", "\u{1B}[4~", .end), ("linux", "\u{1B}[2~", .insert),
        ("linux", "\u{1B}[3~", .delete), ("linux", "\u{1B}[5~", .pageUp), ("linux", "\u{1B}[6~", .pageDown),
        ("linux", "\u{1B}[[A", .function(1)), ("linux", "\u{1B}[[B", .function(2)), ("linux", "\u{1B}[[C", .function(3)),
        ("linux", "\u{1B}[[D", .function(4)), ("linux", "\u{1B}[[E", .function(5)), ("linux", "\u{1B}[17~", .function(6)),
        // PuTTY (default ESC[n~ mode).
        ("putty", "\u{1B}[1~", .home), ("putty", "\u{1B}[4~", .end), ("putty", "\u{1B}[11~", .function(1)),
        ("putty", "\u{1B}[14~", .function(4)), ("putty", "\u{1B}[24~", .function(12)), ("putty", "\u{1B}OA", .up),
        // tmux and screen.
        ("tmux", "\u{1B}[1~", .home), ("tmux", "\u{1B}[4~", .end), ("tmux", "\u{1B}[H", .home), ("tmux", "\u{1B}[F", .end),
        ("tmux", "\u{1B}[1;5C", .right), ("tmux", "\u{1B}[5~", .pageUp), ("screen", "\u{1B}[1~", .home),
        ("screen", "\u{1B}[4~", .end), ("screen", "\u{1B}OP", .function(1)), ("screen", "\u{1B}[6~", .pageDown),
    ]

    @Test(arguments: 0..<encodings.count)
    func everyTerminalsEncodingIsOneKey(index: Int) {
        let (terminal, sequence, key) = Self.encodings[index]
        var decoder = TerminalInputDecoder()
        #expect(decoder.feed(sequence) == [.key(key)], "\(terminal) \(sequence.debugDescription)")
        #expect(decoder.expectation == .nothing)
    }

    @Test(arguments: 0..<encodings.count)
    func aSequenceSplitAcrossReadsIsStillOneKey(index: Int) {
        let (_, sequence, key) = Self.encodings[index]
        var decoder = TerminalInputDecoder()
        var events: [InputEvent] = []
        for scalar in sequence.unicodeScalars {
            events += decoder.feed(scalar)
            if events.isEmpty { #expect(decoder.expectation == .sequence) }
        }
        #expect(events == [.key(key)])
    }

    @Test func plainCharactersAndControlKeys() {
        var decoder = TerminalInputDecoder()
        #expect(decoder.feed("aZ王\r\t\u{7F}\u{08}\u{13}\u{11}") == [
            .key(.character("a")), .key(.character("Z")), .key(.character("王")), .key(.enter), .key(.tab),
            .key(.backspace), .key(.backspace), .key(.ctrl("s")), .key(.ctrl("q")),
        ])
        #expect(decoder.feed("\u{00}\u{1C}\u{1F}\u{9B}") == [])
    }

    @Test func unknownSequencesAreConsumedWholeAndIgnored() {
        var decoder = TerminalInputDecoder()
        for unknown in ["\u{1B}[99~", "\u{1B}[?1;2c", "\u{1B}[<0;12;5M", "\u{1B}[E", "\u{1B}[G", "\u{1B}[25~",
                        "\u{1B}O5E", "\u{1B}[[Z", "\u{1B}[" + String(repeating: "1;", count: 40) + "H",
                        "\u{1B}[201~"] {
            #expect(decoder.feed(unknown + "x") == [.key(.character("x"))], "\(unknown.debugDescription)")
        }
    }

    @Test func aLoneEscIsEscOnceTheDelayPasses() {
        var decoder = TerminalInputDecoder()
        #expect(decoder.feed("\u{1B}") == [])
        #expect(decoder.expectation == .sequence)
        decoder.inputPaused()
        #expect(decoder.timedOut() == [.key(.escape)])
        #expect(decoder.expectation == .nothing)
    }

    @Test func escapeRunsAreOneEscEach() {
        var decoder = TerminalInputDecoder()
        #expect(decoder.feed("\u{1B}\u{1B}\u{1B}\u{1B}") == [.key(.escape), .key(.escape)])
        #expect(decoder.timedOut() == [.key(.escape), .key(.escape)])
    }

    @Test func escThenAKeyTypedAfterAPauseIsTwoKeys() {
        var decoder = TerminalInputDecoder()
        _ = decoder.feed("\u{1B}")
        decoder.inputPaused()
        #expect(decoder.feed("/") == [.key(.escape), .key(.character("/"))])
        _ = decoder.feed("\u{1B}")
        decoder.inputPaused()
        #expect(decoder.feed("\u{1B}[4~") == [.key(.escape), .key(.end)])
    }

    @Test func altLetterIsIgnoredNeverEscPlusALetter() {
        var decoder = TerminalInputDecoder()
        #expect(decoder.feed("\u{1B}b") == [])
        #expect(decoder.feed("\u{1B}\u{1B}x") == [.key(.escape)])
        #expect(decoder.feed("c") == [.key(.character("c"))])
    }

    @Test func aSequenceCutOffIsDroppedWhole() {
        var decoder = TerminalInputDecoder()
        #expect(decoder.feed("\u{1B}[1") == [])
        decoder.inputPaused()
        #expect(decoder.timedOut() == [])
        #expect(decoder.feed("~") == [.key(.character("~"))])
        #expect(decoder.feed("\u{1B}[4\u{03}") == [.key(.ctrl("c"))])
    }

    @Test func aBracketedPasteIsOneEvent() {
        var decoder = TerminalInputDecoder()
        let text = String(repeating: "Pasted text, 0123456789 ", count: 9)
        #expect(decoder.feed("\u{1B}[200~" + text + "\u{1B}[201~") == [.paste(text)])
        #expect(decoder.expectation == .nothing)
    }

    @Test func aPasteSplitAcrossReadsWaitsForItsEnd() {
        var decoder = TerminalInputDecoder()
        #expect(decoder.feed("\u{1B}[200~first half ") == [])
        #expect(decoder.expectation == .paste)
        decoder.inputPaused()
        #expect(decoder.feed("second half\u{1B}[20") == [])
        #expect(decoder.feed("1~q") == [.paste("first half second half"), .key(.character("q"))])
    }

    @Test func controlCharactersInAPasteRunNothing() {
        var decoder = TerminalInputDecoder()
        let pasted = "line one\r\nline\u{03}two\ttab\u{1B}[4~\u{13}\u{7F}\rend\u{9B}"
        #expect(decoder.feed("\u{1B}[200~" + pasted + "\u{1B}[201~") == [.paste("line one\nlinetwo\ttab[4~\nend")])
        #expect(decoder.feed("\u{1B}[200~\u{03}\u{1B}[201~") == [])
    }

    @Test func aPasteWhoseEndNeverCameIsDeliveredAfterTheWait() {
        var decoder = TerminalInputDecoder()
        _ = decoder.feed("\u{1B}[200~half a paste")
        #expect(decoder.timedOut() == [.paste("half a paste")])
        #expect(decoder.feed("x") == [.key(.character("x"))])
    }

    @Test func aRunawayPasteIsCappedNotUnbounded() {
        var decoder = TerminalInputDecoder()
        let huge = String(repeating: "a", count: TerminalInputDecoder.maximumPasteLength + 500)
        let events = decoder.feed("\u{1B}[200~" + huge + "\u{1B}[201~")
        guard case .paste(let text)? = events.first else {
            Issue.record("expected a paste, got \(events)")
            return
        }
        #expect(text.count == TerminalInputDecoder.maximumPasteLength)
        #expect(events.count == 1)
    }
}
