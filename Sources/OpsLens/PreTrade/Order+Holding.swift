extension Order {
    /// Why an order's security cannot be resolved as written.
    struct SecurityProblem: Error {
        var message: String
    }

    /// The order's security as a holding, so it resolves exactly like a row of a holdings file.
    ///
    /// A code is read by `CodeClassification`, the reader behind `opslens id`: a valid ISIN,
    /// CUSIP, SEDOL, FIGI or LEI fills that column; a ticker fills the ticker and the MIC of its
    /// market. A name fills the name, so it goes through name matching with its evidence.
    /// The holding's file is `order`, its portfolio the order's portfolio.
    ///
    /// - Throws: when the code is an identifier that fails its check, a ticker without a market,
    ///   or nothing OpsLens can read.
    func holding(line: Int = 0) throws(SecurityProblem) -> Holding {
        var holding = Holding(file: "order", line: line, portfolio: portfolio ?? "", quantity: quantity,
                              marketValue: price.map { $0 * quantity }, currency: currency)
        guard let code = try securityCode() else {
            holding.name = security
            return holding
        }
        if let identifier = code.identifier {
            switch identifier.kind {
            case .isin: holding.isin = identifier.value
            case .cusip: holding.cusip = identifier.value
            case .sedol: holding.sedol = identifier.value
            case .figi: holding.figi = identifier.value
            case .lei: holding.lei = identifier.value
            }
        } else if let ticker = code.ticker, let market = ticker.market {
            holding.ticker = ticker.code
            holding.mic = market.mic
        }
        return holding
    }

    /// The order's security read as a code, or `nil` for a name: what `holding` checks, without
    /// building the holding (the order readers check every order with it).
    func securityCode() throws(SecurityProblem) -> CodeClassification? {
        if isName { return nil }
        let code = CodeClassification.classify(security)
        guard code.isValid else {
            let reason = code.reason ?? "not an identifier or ticker"
            throw SecurityProblem(message: "\"\(security)\": \(reason); a name must be quoted, e.g. \"SenseTime Group\"")
        }
        return code
    }
}
