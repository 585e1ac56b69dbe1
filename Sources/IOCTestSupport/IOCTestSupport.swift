// Module IOCTestSupport
