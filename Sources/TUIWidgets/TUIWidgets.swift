// Module TUIWidgets
