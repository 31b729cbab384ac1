@testable import OpsLensServer
import Testing

@Suite("multipart/form-data bodies")
struct MultipartFormTests {
    @Test("finds the boundary, quoted or not, only in a multipart/form-data type")
    func boundary() {
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(MultipartForm.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"") == "a b")
        #expect(MultipartForm.boundary(contentType: "text/csv") == nil)
    }

    @Test("splits files and fields, keeping bytes exactly, CR and LF inside files included")
    func splits() throws {
        let body = Array("""
        preamble\r
        --XYZ\r
        Content-Disposition: form-data; name="asOf"\r
        \r
        2022-06-30\r
        --XYZ\r
        Content-Disposition: form-data; name="file"; filename="C:\\\\data\\\\a \\"q\\".csv"\r
        Content-Type: text/csv\r
        \r
        a,b\r
        1,2\r
        \r
        --XYZ--\r

        """.utf8)
        let form = try MultipartForm(body: body, boundary: "XYZ")
        #expect(form.field("asOf") == "2022-06-30")
        #expect(form.files.count == 1)
        #expect(form.files.first?.fileName == "a \"q\".csv", "the last path component only")
        #expect(String(decoding: form.files.first?.bytes ?? [], as: UTF8.self) == "a,b\r\n1,2\r\n")
    }

    @Test("refuses a body without its closing delimiter or headers")
    func refusesMalformed() {
        #expect(throws: APIError.self) { try MultipartForm(body: Array("--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue".utf8), boundary: "XYZ") }
        #expect(throws: APIError.self) { try MultipartForm(body: Array("no delimiter".utf8), boundary: "XYZ") }
    }

    @Test("file names are names, never paths")
    func safeNames() {
        #expect(MultipartForm.safeFileName("../../etc/passwd") == "passwd")
        #expect(MultipartForm.safeFileName("..") == "upload.csv")
        #expect(MultipartForm.safeFileName("a\u{0}b\nc.csv") == "abc.csv")
    }
}
