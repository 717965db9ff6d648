/// Placeholder until the first file lands.
enum QuoteReportingNamespace {}
