extension ScreeningIndex {
    /// The part of a holding's name that is compared with the lists' names: all of it, or for a
    /// name longer than `nameLengthCompared` characters its first ones, cut at a word break when
    /// one lies in the second half of them (so that a hostile 1 MB name costs what a long one does).
    func comparedName(_ name: String) -> (text: String, isCut: Bool) {
        // Fewer UTF-8 bytes than the limit means fewer characters too: the usual case, at no cost.
        guard name.utf8.count > nameLengthCompared,
              let end = name.index(name.startIndex, offsetBy: nameLengthCompared, limitedBy: name.endIndex),
              end != name.endIndex else { return (name, false) }
        var head = name[..<end]
        if let space = head.lastIndex(where: \.isWhitespace), head.distance(from: head.startIndex, to: space) >= nameLengthCompared / 2 {
            head = head[..<space]
        }
        return (String(head), true)
    }

    /// The note on a finding whose holding's name was cut before it was compared.
    func nameCutNote(_ name: String, compared: String) -> String {
        "the name has \(name.count) characters; only its first \(compared.count) were compared "
            + "(the limit is \(nameLengthCompared), --max-name-length)"
    }
}
