using KnowledgeGraph.Extraction.Citations;

namespace KnowledgeGraph.Extraction.Rdf;

/// <summary>
/// Merges the names a text uses for one person ("Stephen Cohen", "S.F. Cohen", "Cohen") into one agent: the same family
/// name (exactly: "Lewin" is not "Lenin") and a compatible first initial (a bare family name joins the fullest form). Names with organisation cue words
/// ("University", "Institute", "Press", "Committee", "Party", "Foundation") are organisations.
/// </summary>
public sealed class PersonIndex
{
    private static readonly string[] OrganizationCues = ["University", "Institute", "Press", "Committee", "Party", "Foundation", "Department", "Society", "Association"];
    private readonly List<Agent> _agents = [];

    /// <summary>An agent of the essay's notes.</summary>
    public sealed class Agent
    {
        internal Agent(string name, bool organization)
        {
            Names.Add(name);
            IsOrganization = organization;
        }

        /// <summary>Every form of the name seen.</summary>
        public List<string> Names { get; } = [];

        /// <summary>The fullest form seen.</summary>
        public string Name => Names.OrderByDescending(n => n.Length).First();

        /// <summary>Whether this is an organisation rather than a person.</summary>
        public bool IsOrganization { get; }
    }

    /// <summary>All agents.</summary>
    public IReadOnlyList<Agent> Agents => _agents;

    /// <summary>The agent for a name, merged with an earlier compatible one.</summary>
    public Agent Resolve(string name)
    {
        bool organization = OrganizationCues.Any(cue => name.Contains(cue, StringComparison.Ordinal));
        if (!organization)
        {
            string family = new PersonName(name, default).Family;
            char? initial = Initial(name);
            foreach (Agent agent in _agents.Where(a => !a.IsOrganization))
            {
                string otherFamily = new PersonName(agent.Name, default).Family;
                char? otherInitial = Initial(agent.Name);
                if (ReferenceText.Normalize(family) == ReferenceText.Normalize(otherFamily) && (initial is null || otherInitial is null || initial == otherInitial))
                {
                    if (!agent.Names.Contains(name))
                    {
                        agent.Names.Add(name);
                    }
                    return agent;
                }
            }
        }
        else if (_agents.FirstOrDefault(a => a.Name == name) is Agent known)
        {
            return known;
        }
        var created = new Agent(name, organization);
        _agents.Add(created);
        return created;
    }

    private static char? Initial(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? null : char.ToUpperInvariant(words[0][0]);
    }
}
