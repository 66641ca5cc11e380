namespace KnowledgeGraph.Server.BrowserTests;

/// <summary>
/// The small dataset the browser tests publish: two people, the books they wrote, and a book that cites another, so a
/// person's page lists her books under "Linked from" and a book's page lists the book citing it.
/// </summary>
internal static class LibraryDataset
{
    public const string Base = "https://example.org/kg/";

    public const string Turtle = """
        @prefix schema: <https://schema.org/> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix cito: <http://purl.org/spar/cito/> .
        <https://example.org/kg/person/anna> a schema:Person ; schema:name "Anna Akhmatova"@en , "Анна Ахматова"@ru ;
            schema:birthDate "1889-06-23" .
        <https://example.org/kg/person/boris> a schema:Person ; rdfs:label "Boris Pasternak" .
        <https://example.org/kg/work/requiem> a schema:Book ; schema:name "Requiem" ;
            schema:author <https://example.org/kg/person/anna> .
        <https://example.org/kg/work/zhivago> a schema:Book ; schema:name "Doctor Zhivago" ;
            dcterms:creator <https://example.org/kg/person/boris> ;
            cito:cites <https://example.org/kg/work/requiem> .
        """;

    /// <summary>The example query the query page offers, and the title of its link.</summary>
    public const string CitationsQueryTitle = "Which book cites which";

    public const string CitationsQuery = """
        PREFIX cito: <http://purl.org/spar/cito/>
        PREFIX schema: <https://schema.org/>
        SELECT ?citing ?cited WHERE { ?work cito:cites ?target . ?work schema:name ?citing . ?target schema:name ?cited }
        """;
}
