namespace KnowledgeGraph.Rdf.Formats.RdfXml.Internal;

/// <summary>What an open element is in the RDF/XML grammar, which decides how its children are read.</summary>
internal enum RdfXmlFrameKind
{
    /// <summary>rdf:RDF: children are node elements.</summary>
    Rdf,

    /// <summary>A node element: children are property elements about its subject.</summary>
    Node,

    /// <summary>A property element whose form (literal, resource or empty) is known only once its content is seen.</summary>
    Property,

    /// <summary>A property element with rdf:parseType="Resource": children are property elements of a new blank node.</summary>
    ResourceProperty,

    /// <summary>A property element with rdf:parseType="Collection": children are node elements, the list members.</summary>
    Collection,

    /// <summary>An element skipped after an error in lenient mode, with everything inside it.</summary>
    Skip,
}
