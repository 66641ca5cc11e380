namespace KnowledgeGraph.Shacl.Model;

/// <summary>The kinds of SHACL Core target (SHACL 1.0 §2.1.3); implicit class targets are <see cref="Class"/>.</summary>
internal enum TargetKind
{
    Node,
    Class,
    SubjectsOf,
    ObjectsOf,
}
