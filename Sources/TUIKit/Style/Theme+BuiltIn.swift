extension Theme {
    /// Colours on the terminal's own background; suits dark terminals.
    public static let `default` = Theme(
        name: "default", usesColor: true,
        styles: [
            .normal: .plain,
            .title: Style(foreground: .cyan, bold: true),
            .header: Style(foreground: .yellow, bold: true, underline: true),
            .label: Style(foreground: .cyan),
            .selected: Style(foreground: .black, background: .cyan),
            .field: Style(underline: true),
            .focusedField: Style(foreground: .black, background: .white),
            .error: Style(foreground: .red, bold: true),
            .warning: Style(foreground: .yellow, bold: true),
            .overdue: Style(foreground: .white, background: .red, bold: true),
            .dueSoon: Style(foreground: .yellow, bold: true),
            .ok: Style(foreground: .green),
            .disabled: Style(foreground: .blue),
            .keyLabel: Style(foreground: .white, bold: true),
            .keyText: Style(foreground: .black, background: .cyan),
            .statusBar: Style(foreground: .black, background: .white),
            .badge: Style(foreground: .black, background: .yellow),
            .dim: Style(foreground: .blue),
            .border: Style(foreground: .cyan),
            .dialog: Style(foreground: .white, background: .blue),
        ])

    /// Darker foregrounds that stay readable on a white terminal.
    public static let light = Theme(
        name: "light", usesColor: true,
        styles: [
            .normal: .plain,
            .title: Style(foreground: .blue, bold: true),
            .header: Style(foreground: .magenta, bold: true, underline: true),
            .label: Style(foreground: .blue),
            .selected: Style(foreground: .white, background: .blue),
            .field: Style(underline: true),
            .focusedField: Style(foreground: .white, background: .black),
            .error: Style(foreground: .red, bold: true),
            .warning: Style(foreground: .magenta, bold: true),
            .overdue: Style(foreground: .white, background: .red, bold: true),
            .dueSoon: Style(foreground: .magenta, bold: true),
            .ok: Style(foreground: .green, bold: true),
            .disabled: Style(foreground: .cyan),
            .keyLabel: Style(foreground: .black, bold: true),
            .keyText: Style(foreground: .white, background: .blue),
            .statusBar: Style(foreground: .white, background: .black),
            .badge: Style(foreground: .white, background: .magenta),
            .dim: Style(foreground: .cyan),
            .border: Style(foreground: .blue),
            .dialog: Style(foreground: .black, background: .cyan),
        ])

    /// Attributes only — bold, underline, reverse — for `NO_COLOR` and monochrome terminals.
    public static let monochrome = Theme(
        name: "monochrome", usesColor: false,
        styles: [
            .normal: .plain,
            .title: Style(bold: true),
            .header: Style(bold: true, underline: true),
            .label: .plain,
            .selected: Style(reverse: true),
            .field: Style(underline: true),
            .focusedField: Style(bold: true, underline: true, reverse: true),
            .error: Style(bold: true),
            .warning: Style(bold: true),
            .overdue: Style(bold: true, reverse: true),
            .dueSoon: Style(bold: true, underline: true),
            .ok: .plain,
            .disabled: .plain,
            .keyLabel: Style(bold: true),
            .keyText: Style(reverse: true),
            .statusBar: Style(reverse: true),
            .badge: Style(reverse: true),
            .dim: .plain,
            .border: .plain,
            .dialog: .plain,
        ])
}
