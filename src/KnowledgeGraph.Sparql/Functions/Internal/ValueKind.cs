namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>The value space a literal's datatype belongs to, as far as the SPARQL operators care.</summary>
internal enum ValueKind : byte
{
    /// <summary>A datatype the library does not interpret: only term equality applies.</summary>
    Unknown,
    /// <summary>Simple literals and <c>xsd:string</c>.</summary>
    String,
    /// <summary><c>rdf:langString</c> (and <c>rdf:dirLangString</c>).</summary>
    LangString,
    /// <summary><c>xsd:boolean</c>.</summary>
    Boolean,
    /// <summary><c>xsd:integer</c> and every type derived from it.</summary>
    Integer,
    /// <summary><c>xsd:decimal</c>.</summary>
    Decimal,
    /// <summary><c>xsd:float</c>.</summary>
    Float,
    /// <summary><c>xsd:double</c>.</summary>
    Double,
    /// <summary><c>xsd:dateTime</c> and <c>xsd:dateTimeStamp</c>.</summary>
    DateTime,
    /// <summary><c>xsd:date</c>.</summary>
    Date,
    /// <summary><c>xsd:time</c>.</summary>
    Time,
    /// <summary><c>xsd:dayTimeDuration</c>.</summary>
    DayTimeDuration,
}
