// Small but faithful report layouts, written for these tests.

/** QuickBooks Online: A/R Aging Detail exported to CSV (title rows, sections, "Total for", TOTAL, footer). */
export const qboAgingCsv = `
Harbor Light Bookkeeping,,,,,,,
A/R Aging Detail,,,,,,,
"As of November 24, 2026",,,,,,,
,,,,,,,
,Date,Transaction Type,Num,Customer,Due Date,Amount,Open Balance
Current,,,,,,,
,11/20/2026,Invoice,1045,Acme Ltd,12/20/2026,"1,200.00","1,200.00"
,11/18/2026,Credit Memo,CM-12,Acme Ltd,11/18/2026,-150.00,-150.00
Total for Current,,,,,,"1,050.00","1,050.00"
1 - 30 days past due,,,,,,,
,10/15/2026,Invoice,1031,Baker & Sons:Kitchen remodel,11/14/2026,"2,500.00",900.00
,10/20/2026,Payment,,Baker & Sons,10/20/2026,-75.00,-75.00
Total for 1 - 30 days past due,,,,,,"2,425.00",825.00
91 or more days past due,,,,,,,
,07/02/2026,Invoice,0988,Café Zoë,08/01/2026,640.50,640.50
,06/30/2026,Invoice,0985,Delta Freight,07/30/2026,99.99,99.99
Total for 91 or more days past due,,,,,,740.49,740.49
TOTAL,,,,,,"4,215.49","2,615.49"
,,,,,,,
,,,,,,,
"Tuesday, November 24, 2026 10:15 AM GMT-08:00",,,,,,,
`;

/** QuickBooks Desktop: Open Invoices grouped by customer, with a job group one column over. */
export const qbdOpenInvoicesCsv = `
,,Type,Date,Num,P. O. #,Terms,Due Date,Aging,Open Balance
Acme Ltd,,,,,,,,,
,,Invoice,11/02/2026,2201,PO-77,Net 30,12/02/2026,,"1,500.00"
,,Invoice,09/10/2026,2150,,Net 30,10/10/2026,45,300.00
Total Acme Ltd,,,,,,,,,"1,800.00"
Baker & Sons,,,,,,,,,
,Kitchen remodel,,,,,,,,
,,Invoice,10/01/2026,2170,,Net 15,10/16/2026,39,"2,000.00"
,Total Kitchen remodel,,,,,,,,"2,000.00"
Total Baker & Sons,,,,,,,,,"2,000.00"
,,Type,Date,Num,P. O. #,Terms,Due Date,Aging,Open Balance
Delta Freight,,,,,,,,,
,,Credit Memo,11/01/2026,CM-9,,,11/01/2026,,-250.00
,,Invoice,08/15/2026,2101,,Net 30,09/14/2026,71,750.00
Total Delta Freight,,,,,,,,,500.00
TOTAL,,,,,,,,,"4,300.00"
`;

/** Xero: sales invoice export, one row per invoice line, dates day first, two currencies. */
export const xeroInvoicesCsv = `
*ContactName,EmailAddress,POAddressLine1,POCity,POPostalCode,POCountry,*InvoiceNumber,Reference,*InvoiceDate,*DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,Description,*Quantity,*UnitAmount,LineAmount,Currency,Type
Acme Ltd,accounts@acme.example,1 Dock Road,London,E1 7AA,United Kingdom,INV-0101,PO 5,03/11/2026,03/12/2026,360.00,60.00,300.00,Consulting,2,150.00,300.00,GBP,Sales invoice
Acme Ltd,accounts@acme.example,1 Dock Road,London,E1 7AA,United Kingdom,INV-0101,PO 5,03/11/2026,03/12/2026,360.00,60.00,300.00,Travel,1,60.00,60.00,GBP,Sales invoice
Kiwi Traders,ap@kiwi.example,,Auckland,,New Zealand,INV-0102,,15/11/2026,15/12/2026,500.00,0.00,500.00,Design work,1,500.00,500.00,NZD,Sales invoice
Acme Ltd,accounts@acme.example,1 Dock Road,London,E1 7AA,United Kingdom,INV-0103,,31/02/2026,20/03/2026,80.00,0.00,80.00,Bad date,1,80.00,80.00,GBP,Sales invoice
Acme Ltd,accounts@acme.example,1 Dock Road,London,E1 7AA,United Kingdom,CN-0007,,10/11/2026,10/11/2026,45.00,0.00,45.00,Refund,1,45.00,45.00,GBP,Sales credit note
`;
