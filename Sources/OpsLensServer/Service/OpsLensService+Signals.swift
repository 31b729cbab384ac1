import Dispatch
import Foundation
import Logging

extension OpsLensService {
    /// Reloads the rules whenever the process receives SIGHUP, logging the result; keep the
    /// returned source alive for as long as the service runs.
    public func reloadOnHangup(logger: Logger) -> any DispatchSourceSignal {
        signal(SIGHUP, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler {
            Task {
                switch await self.engines.reload() {
                case .reloaded(let loaded):
                    logger.info("SIGHUP: rules reloaded (rules sha256 \(loaded.rules.canonicalJSON.sha256.prefix(12)))")
                case .failed(let reason):
                    logger.error("SIGHUP: reload failed, the previous rules keep serving: \(reason)")
                }
            }
        }
        source.resume()
        return source
    }
}
