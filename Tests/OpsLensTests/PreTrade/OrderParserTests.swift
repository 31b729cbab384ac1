import Testing
@testable import OpsLens

@Suite("Orders as written: short form, JSON, CSV")
struct OrderParserTests {
    @Test("the short form: side, quantity, a security with spaces, and optional key=value words")
    func shortForm() throws {
        let order = try OrderParser.parse("buy 1,000 0020 HK id=T-1 account=GLOBAL-EQ-02 date=2022-03-01 price=4.5 currency=hkd",
                                          source: "test")
        #expect(order.side == .buy && order.quantity == 1000 && order.security == "0020 HK" && !order.isName)
        #expect(order.id == "T-1" && order.portfolio == "GLOBAL-EQ-02" && order.tradeDate?.description == "2022-03-01")
        #expect(order.price == 4.5 && order.currency == "HKD")
        let name = try OrderParser.parse("SELL 500 \"SenseTime Group \"\"B\"\"\"", source: "test")
        #expect(name.isName && name.security == "SenseTime Group \"B\"")
        #expect(try OrderParser.parse("REINVEST 12.5 US0378331005", source: "test").side == .reinvest)
    }

    @Test("an order's security fills the holding column a reader would: identifier, or ticker and MIC")
    func holdingFromOrder() throws {
        let isin = try OrderParser.parse("SELL 500 US0378331005", source: "test").holding()
        #expect(isin.isin == "US0378331005" && isin.ticker == nil)
        let cusip = try OrderParser.parse("SELL 500 037833100", source: "test").holding()
        #expect(cusip.cusip == "037833100")
        let ticker = try OrderParser.parse("BUY 1 0020.HK", source: "test").holding()
        #expect(ticker.ticker == "20" && ticker.mic == "XHKG")
        let name = try OrderParser.parse("BUY 1 \"SenseTime Group\"", source: "test").holding()
        #expect(name.name == "SenseTime Group" && name.ticker == nil && name.isin == nil)
    }

    @Test("JSON objects, with numbers or text, and `name` for a name")
    func json() throws {
        let order = try OrderParser.parse(#"{"side":"COVER","quantity":250,"security":"XHKG:20","orderId":"T-9","tradeDate":"2022-12-10"}"#,
                                          source: "test")
        #expect(order.side == .cover && order.quantity == 250 && order.security == "XHKG:20" && order.id == "T-9")
        let name = try OrderParser.parse(#"{"side":"BUY","quantity":"1,000","name":"SenseTime Group"}"#, source: "test")
        #expect(name.isName && name.quantity == 1000)
    }

    @Test("errors say which order, which field and what was expected", arguments: [
        ("HOLD 10 0020 HK", "side", "expected BUY, SELL, SHORT, COVER or REINVEST"),
        ("BYU 10 0020 HK", "side", "did you mean \"BUY\""),
        ("BUY -5 0020 HK", "quantity", "expected a number above zero"),
        ("BUY ten 0020 HK", "quantity", "expected a number above zero"),
        ("BUY 10 1211", "security", "no market"),
        ("BUY 10 US0378331006", "security", "check digit"),
        ("BUY 10 Acme Widgets", "security", "a name must be quoted"),
        ("BUY 10 0020 HK date=2022-13-01", "tradeDate", "expected YYYY-MM-DD"),
        ("BUY 10 0020 HK acount=X", "acount", "did you mean \"account\""),
        ("BUY 10", "BUY 10", "expected SIDE QUANTITY SECURITY"),
        ("BUY 10 \"SenseTime", "quoted", "no closing quote"),
        (#"{"side":"BUY","quantity":10}"#, "names no security", "ticker with its market"),
        (#"{"side":"BUY","qty":10,"security":"0020 HK","colour":"red"}"#, "colour", "unknown key"),
        (#"{"side":"BUY","quantity":[1],"security":"0020 HK"}"#, "quantity", "expected a number"),
        (#"{"side":"BUY""#, "JSON", "not valid JSON"),
    ])
    func errors(text: String, field: String, expected: String) {
        do {
            _ = try OrderParser.parse(text, source: "--order 3", line: nil)
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.file == "--order 3")
            #expect(error.description.contains(field), "\(error)")
            #expect(error.description.contains(expected), "\(error)")
        }
    }

    @Test("an orders CSV: orders by header, and every bad row with its line and column")
    func ordersFile() throws {
        let path = try TestFiles.temporary("""
            Order ID,Account,Side,Qty,Security,Trade Date
            T-1,GLOBAL-EQ-02,BUY,"1,000",0020 HK,2022-03-01

            T-2,GLOBAL-EQ-02,SEL,500,0020 HK,2022-03-01
            T-3,GLOBAL-EQ-01,SELL,500,US0378331006,2022-03-01
            "T-4
            continued",GLOBAL-EQ-01,SELL,500,US0378331005,2022-03-01
            T-5,GLOBAL-EQ-01,SELL,500
            T-6,GLOBAL-EQ-01,SHORT,5,US0378331005,2022-03-32

            """, name: "orders.csv")
        let file = try OrdersFile(contentsOf: path)
        #expect(file.rows.map(\.line) == [2, 4, 5, 6, 8, 9])
        let orders = file.rows.compactMap { try? $0.order.get() }
        #expect(orders.map(\.id) == ["T-1", "T-4\ncontinued"])
        #expect(orders.first?.quantity == 1000 && orders.first?.portfolio == "GLOBAL-EQ-02")
        let errors = file.rows.compactMap { row -> OrderError? in
            if case .failure(let error) = row.order { return error } else { return nil }
        }
        #expect(errors.map(\.line) == [4, 5, 8, 9])
        #expect(errors[0].column == 3 && errors[0].description.contains("did you mean \"SELL\""), "\(errors[0])")
        #expect(errors[1].column == 5 && errors[1].description.contains("check digit"), "\(errors[1])")
        #expect(errors[2].description.contains("4 fields, the header 6"), "\(errors[2])")
        #expect(errors[3].column == 6 && errors[3].description.contains("\(path):9:6: tradeDate"), "\(errors[3])")
    }

    @Test("an orders CSV without a side column is refused with the header's line")
    func ordersFileWithoutSide() throws {
        let path = try TestFiles.temporary("Account,Qty,Security\nA,1,0020 HK\n", name: "orders.csv")
        #expect(throws: InputError.self) { try OrdersFile(contentsOf: path) }
        do { _ = try OrdersFile(contentsOf: path) } catch {
            #expect(error.line == 1 && error.message.contains("no side column"))
        }
    }
}
