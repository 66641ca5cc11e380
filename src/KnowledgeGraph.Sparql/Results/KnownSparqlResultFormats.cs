namespace KnowledgeGraph.Sparql.Results;

/// <summary>The SPARQL results syntaxes this library implements, with their registered media types and extensions.</summary>
public static class KnownSparqlResultFormats
{
    /// <summary>SPARQL 1.1 Query Results JSON (<see href="https://www.w3.org/TR/sparql11-results-json/"/>).</summary>
    public static SparqlResultFormat Json { get; } = new(
        SparqlJsonResultReader.FormatName, ["application/sparql-results+json", "application/json"], ["srj", "json"], true,
        () => new SparqlJsonResultReader(), () => new SparqlJsonResultWriter());

    /// <summary>SPARQL Query Results XML (<see href="https://www.w3.org/TR/rdf-sparql-XMLres/"/>).</summary>
    public static SparqlResultFormat Xml { get; } = new(
        SparqlXmlResultReader.FormatName, ["application/sparql-results+xml", "application/xml"], ["srx", "xml"], true,
        () => new SparqlXmlResultReader(), () => new SparqlXmlResultWriter());

    /// <summary>SPARQL 1.1 Query Results CSV (<see href="https://www.w3.org/TR/sparql11-results-csv-tsv/"/>); lossy.</summary>
    public static SparqlResultFormat Csv { get; } = new(
        SparqlCsvResultReader.FormatName, ["text/csv"], ["csv"], false,
        () => new SparqlCsvResultReader(), () => new SparqlCsvResultWriter());

    /// <summary>SPARQL 1.1 Query Results TSV (<see href="https://www.w3.org/TR/sparql11-results-csv-tsv/"/>).</summary>
    public static SparqlResultFormat Tsv { get; } = new(
        SparqlTsvResultReader.FormatName, ["text/tab-separated-values"], ["tsv"], false,
        () => new SparqlTsvResultReader(), () => new SparqlTsvResultWriter());

    /// <summary>All of the above, preferred first.</summary>
    public static IReadOnlyList<SparqlResultFormat> All { get; } = [Json, Xml, Csv, Tsv];
}
