import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

final class RuleEvaluatorTests: XCTestCase {
}
