// Module IOCConfig
