import QuoteAttribution

/// The fixed colours and the style sheet of the HTML report.
enum HTMLStyle {
    /// Accent and tint of each speaker colour, by speaker rank modulo the palette size.
    static let palette: [(accent: String, tint: String)] = [
        ("#2f6db5", "#dbe7f6"), ("#c0392b", "#f8dedb"), ("#2e8b4f", "#d9f0df"), ("#d4771f", "#fbe5cd"),
        ("#7b52ab", "#e9dff5"), ("#1d8585", "#d2eeee"), ("#b23c86", "#f6dbec"), ("#7a7a1a", "#ededc8"),
        ("#8c5a3c", "#efe0d5"), ("#4a5a7a", "#dde2ec"),
    ]

    /// Bar colour of each speaker type.
    static func typeColour(_ type: SpeakerType) -> String {
        switch type {
        case .person: "#3b73b9"
        case .organisation: "#e07b39"
        case .government: "#3a9a5b"
        case .anonymous: "#8e6bbf"
        case .unknown: "#9aa0a6"
        }
    }

    /// The colour class of the speaker at `rank`: `c0`…`c9` by rank, `cu` for the unattributed quotes.
    static func colourClass(rank: Int, speaker: SpeakerSummary) -> String {
        speaker.name == nil ? "cu" : "c\(rank % palette.count)"
    }

    /// The colour classes of the named speakers quoted in one article, given their ranks in ascending order.
    ///
    /// Presentation only, a pure function of the ranks: each speaker keeps its own colour (`c` and its rank
    /// modulo the palette size) unless a higher-ranked speaker of the article has it; those that lose theirs take
    /// the colours no speaker of the article has, in palette order. So an article with at most `palette.count`
    /// speakers never shows two speakers in one colour (with more, the rest keep their own).
    static func articleColourClasses(ranks: [Int]) -> [String] {
        var taken = [Bool](repeating: false, count: palette.count)
        var colours = [Int?](repeating: nil, count: ranks.count)
        for (index, rank) in ranks.enumerated() where !taken[rank % palette.count] {
            taken[rank % palette.count] = true
            colours[index] = rank % palette.count
        }
        var free = 0
        for index in ranks.indices where colours[index] == nil {
            while free < palette.count, taken[free] { free += 1 }
            guard free < palette.count else { break }
            taken[free] = true
            colours[index] = free
        }
        return ranks.indices.map { "c\(colours[$0] ?? ranks[$0] % palette.count)" }
    }

    /// The whole style sheet.
    static var css: String {
        var css = """
            :root{color-scheme:light;--ink:#1f2328;--muted:#57606a;--rule:#d8dee4;--panel:#f6f8fa;--link:#0a58ad}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:#fff;color:var(--ink);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
            main{max-width:62rem;margin:0 auto;padding:2.5rem 1.5rem 4rem}
            header{margin-bottom:1.5rem}
            h1{font-size:2.1rem;line-height:1.2;margin:0 0 .35rem;letter-spacing:-.01em}
            h2{font-size:1.45rem;margin:3rem 0 1rem;padding-bottom:.35rem;border-bottom:2px solid var(--rule)}
            h3{font-size:1.2rem;line-height:1.3;margin:0 0 .4rem;display:flex;align-items:center;gap:.5rem;flex-wrap:wrap}
            p{margin:.4rem 0}
            a{color:var(--link);text-underline-offset:2px}
            .meta{color:var(--muted);margin:0}
            nav{margin-top:.75rem;display:flex;gap:1.25rem;font-weight:600}
            nav a{text-decoration:none}
            .chart{display:block;width:100%;height:auto;margin:.5rem 0}
            .chart text{font:13px system-ui,"Liberation Sans",Arial,sans-serif;fill:var(--ink)}
            .chart .label{text-anchor:end}
            .chart .value{fill:var(--muted);font-weight:600}
            .chart a:hover rect{opacity:.8}
            .legend{display:flex;flex-wrap:wrap;gap:.4rem 1.25rem;margin:.25rem 0 1rem;padding:0;list-style:none;color:var(--muted);font-size:.9rem}
            .legend li{display:flex;align-items:center;gap:.4rem}
            .key{display:inline-block;width:.85rem;height:.85rem;border-radius:3px}
            table{border-collapse:collapse;width:100%;font-size:.93rem;margin:1rem 0}
            th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid var(--rule);vertical-align:top}
            thead th{background:var(--panel);font-weight:600;border-bottom:2px solid var(--rule);white-space:nowrap}
            .num{text-align:right;font-variant-numeric:tabular-nums}
            .swatch{display:inline-block;flex:none;width:.8rem;height:.8rem;border-radius:50%;background:var(--accent);margin-right:.45rem;vertical-align:-.05rem}
            .badge{font-size:.75rem;font-weight:600;letter-spacing:.03em;text-transform:uppercase;color:#fff;border-radius:999px;padding:.1rem .55rem}
            .rank{color:var(--muted);font-weight:600}
            .speaker{border:1px solid var(--rule);border-left:6px solid var(--accent);border-radius:8px;padding:1.1rem 1.35rem;margin:1.25rem 0}
            .facts{color:var(--muted);font-size:.95rem}
            .facts dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}
            .facts dt{font-weight:600;color:var(--ink)}
            .facts dd{margin:0}
            ol.quotes{margin:1rem 0 0;padding-left:1.6rem}
            ol.quotes li{margin:.9rem 0;padding-left:.25rem}
            ol.quotes li::marker{color:var(--muted);font-size:.9rem}
            blockquote{margin:0;padding:.45rem .85rem;background:var(--tint);border-left:3px solid var(--accent);border-radius:0 6px 6px 0;font:1.06rem/1.55 Georgia,"DejaVu Serif","Liberation Serif",serif;overflow-wrap:anywhere}
            .where{margin:.3rem 0 0;color:var(--muted);font-size:.86rem}
            .where em{color:var(--ink)}
            code{font:.85em ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace;background:var(--panel);padding:.05rem .3rem;border-radius:4px}
            .article{margin:1.5rem 0 2rem}
            .article h3 .doc{font:600 .95rem ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace;overflow-wrap:anywhere}
            .text{white-space:pre-wrap;overflow-wrap:anywhere;font:1.06rem/1.8 Georgia,"DejaVu Serif","Liberation Serif",serif;background:var(--panel);border:1px solid var(--rule);border-radius:8px;padding:1.1rem 1.35rem;margin:.5rem 0}
            mark.q{background:var(--tint);color:inherit;box-shadow:inset 0 -2px 0 var(--accent);padding:.05rem .1rem;border-radius:3px}
            .m{font-weight:700;text-decoration:underline 2px var(--accent);text-underline-offset:3px}
            .cue{font-style:italic;text-decoration:underline dotted 2px var(--accent);text-underline-offset:3px}
            a.ref{font:600 .68rem/1 system-ui,"Liberation Sans",Arial,sans-serif;color:#fff;background:var(--accent);border-radius:999px;padding:.12rem .45rem;margin:0 .1rem 0 .3rem;text-decoration:none;vertical-align:.15rem;white-space:nowrap}
            .empty{color:var(--muted);font-style:italic}
            :target{outline:3px solid #f2b33d;outline-offset:2px;border-radius:3px}
            .cu{--accent:#7d8590;--tint:#eaecef}

            """
        for (index, colour) in palette.enumerated() {
            css += ".c\(index){--accent:\(colour.accent);--tint:\(colour.tint)}\n"
        }
        for type in SpeakerType.allCases {
            css += ".t-\(type.rawValue){background:\(typeColour(type));fill:\(typeColour(type))}\n"
        }
        return css
    }
}
