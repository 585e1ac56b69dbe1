// Module IOCStore
