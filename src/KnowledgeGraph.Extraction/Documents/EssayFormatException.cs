namespace KnowledgeGraph.Extraction.Documents;

/// <summary>Input the essay reader cannot use, with the file, line and column where the trouble is.</summary>
public sealed class EssayFormatException : Exception
{
    /// <summary>Creates the error.</summary>
    public EssayFormatException(string file, SourceLocation location, string problem)
        : base($"{file}:{location.Line}:{location.Column}: {problem}")
    {
        File = file;
        Location = location;
        Problem = problem;
    }

    /// <summary>The file.</summary>
    public string File { get; }

    /// <summary>Where in the file.</summary>
    public SourceLocation Location { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }
}
