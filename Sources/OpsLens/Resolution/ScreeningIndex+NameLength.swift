extension ScreeningIndex {
    /// The part of a holding's name that is compared with the lists' names: all of it, or for a
    /// name longer than `limit` characters (`ReadLimits.nameCharacters`) its first ones, cut at a
    /// word break when one lies in the second half of them — so that a hostile 1 MB name costs
    /// what a long one does.
    static func comparedName(_ name: String, limit: Int) -> (text: String, isCut: Bool) {
        let limit = max(1, limit)
        // Fewer UTF-8 bytes than the limit means fewer characters too: the usual case, at no cost.
        guard name.utf8.count > limit,
              let end = name.index(name.startIndex, offsetBy: limit, limitedBy: name.endIndex),
              end != name.endIndex else { return (name, false) }
        var head = name[..<end]
        if let space = head.lastIndex(where: \.isWhitespace), head.distance(from: head.startIndex, to: space) >= limit / 2 {
            head = head[..<space]
        }
        return (String(head), true)
    }

    /// The note on a finding whose holding's name was cut before it was compared.
    static func nameCutNote(_ name: String, compared: String, limit: Int) -> String {
        "the name has \(name.count) characters; only its first \(compared.count) were compared "
            + "(the limit is \(limit), --max-name-length)"
    }
}
