<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ocopos::ui::CartModel</name>
    <message>
        <source>%1/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed: the scale label fixes the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::CashCountModel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::CashierScreen</name>
    <message>
        <source>Scan a barcode, or type a name or code (accents optional), then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3 Line discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4 Sale discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6 Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F7 Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8 Cancel sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F12 Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: scan the first item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 · sale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift opened %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shift open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier: %1 · Till %2 · %3 · next receipt %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in the cart, %3 sellable on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock — a manager must approve at payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 did not read correctly (wrong check digit): scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the code %1. Search by name instead, or set the product aside for the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1 in kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 0.35 for 350 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was weighed: its label fixes the quantity. Remove the line and weigh again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percent (10%) or an amount (5000 or 5k). Empty or 0 removes it. Over %1 % needs a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount not approved: it was taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percent (10%) or an amount (5000 or 5k), shared over the lines. Empty or 0 removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty: nothing to park.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to find this sale again (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: customer in the blue shirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale parked: F7 resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or park the sale in progress first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked sale resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every line of this sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: discount %3 of %4 (over %5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale discount %1 of %2 (over %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sold, only %3 sellable on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 more expired: never sold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty: scan an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open at this till: open one (Shift screen) before taking payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: change the cart, or ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 paid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 paid: %2. Change %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::CustomerDisplay</name>
    <message>
        <source>%1 — customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to pay by bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::Format</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer (VietQR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after too many wrong PINs: try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::LoginScreen</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at the till?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::MainWindow</name>
    <message>
        <source>OCOPOS — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing for this user here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCOPOS — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale is in progress: finish it, park it (F6) or cancel it (F8) before logging out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::ManagerOverrideDialog</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager must approve this sale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::ParkedCartModel</name>
    <message>
        <source>(no note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::ParkedSalesDialog</name>
    <message>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer (VietQR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the cart (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete sale (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received (type the amount, or 500k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press only after seeing the money arrive in the store&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card and bank transfer together cannot be more than the amount due; only cash gives change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer scans the code with a banking app. It transfers %1 for receipt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no bank account for VietQR yet: an administrator sets it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::PaymentListModel</name>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::PinPad</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::ProductTableModel</name>
    <message>
        <source>Consignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::ProductsScreen</name>
    <message>
        <source>My products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, SKU, barcode or producer (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocopos::ui::ReceiptLinesModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::ReceiptsScreen</name>
    <message>
        <source>Damaged: write the goods off instead of putting them back on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the quantities typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns and voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number, e.g. Q01-000012, or just 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity to take back in the Return column of each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · cashier %3 · total &lt;b&gt;%4&lt;/b&gt; · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;VOIDED&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a quantity in the Return column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Return %n line(s) of %1 as damaged and refund the customer in cash?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n line(s) of %1 to the shelf and refund the customer in cash?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 done: refund %2 in cash to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void %1 (%2)? The stock goes back and the receipt stays in the journal as voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is voided: give back %2 to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::ScreenRegistry</name>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns and voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::ShiftReportView</name>
    <message>
        <source>Z report — shift %1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report — shift %1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales / voids / returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales before discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  paid by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not subject to VAT (KCT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  VAT %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (VAT %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash refunded (returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance (short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance (over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::ShiftScreen</name>
    <message>
        <source>Shift — till %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the opening float in the drawer, note by note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To close: count the cash in the drawer, note by note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open at this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 is open since %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift opened. Happy selling!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift with %1 counted in the drawer? Selling stops until a new shift is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed. The drawer is %1 off what was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed. The drawer matches what was expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::SuggestionModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::UserListModel</name>
    <message>
        <source>%1
%2 · locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocopos::ui::ValueDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
