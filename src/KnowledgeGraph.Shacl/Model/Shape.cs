using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Constraints;
using KnowledgeGraph.Shacl.Paths;

namespace KnowledgeGraph.Shacl.Model;

/// <summary>
/// A node shape or, when it has a <see cref="Path"/>, a property shape (SHACL 1.0 §2.1, §2.3), as parsed from the
/// shapes graph. Constraints are filled in after the shape is registered, so shapes may refer to each other in cycles.
/// </summary>
internal sealed class Shape(Term node)
{
    public Term Node { get; } = node;

    public ShapePath? Path { get; set; }

    public bool IsPropertyShape => Path is not null;

    public bool Deactivated { get; set; }

    public Iri Severity { get; set; } = Sh.Violation;

    public List<Literal> Messages { get; } = [];

    public List<Target> Targets { get; } = [];

    public List<Constraint> Constraints { get; } = [];

    public override string ToString() => Node.ToString();
}
