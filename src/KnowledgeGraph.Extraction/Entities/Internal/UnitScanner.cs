namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>Applies the name-shape and context rules to the runs of one unit.</summary>
internal sealed class UnitScanner(TextUnit unit, HashSet<string> lowerWords, HashSet<string> knownPlaces, IReadOnlyCollection<string> knownPersons)
{
    private readonly string _text = unit.Content.Text;

    public IEnumerable<PersonCandidate> Scan()
    {
        IReadOnlyList<NameRun> runs = NameTokenizer.Runs(_text);
        for (int r = 0; r < runs.Count; r++)
        {
            NameRun run = runs[r];
            if (r + 1 < runs.Count && Heading(run, runs[r + 1]) is PersonCandidate heading)
            {
                yield return heading;
                r++;
                continue;
            }
            PersonCandidate? candidate = Classify(run);
            if (candidate is not null)
            {
                yield return candidate;
                if (candidate.IsPerson && Alias(candidate) is PersonCandidate alias)
                {
                    yield return alias;
                }
            }
        }
    }

    /// <summary>"DZHUGASHVILI, JOSEF VISSARIONOVICH": a family name and given names in capitals, as in a police file.</summary>
    private PersonCandidate? Heading(NameRun family, NameRun given)
    {
        if (family.Tokens.Count != 1 || !family.Tokens[0].IsAllCapitals || family.Tokens[0].Text.Length < 4
            || !given.Tokens.All(t => t.IsAllCapitals && t.Text.Length >= 3)
            || _text[family.End..given.Start] != ", " || !IsNameWord(family.Tokens[0].Text))
        {
            return null;
        }
        string name = string.Join(' ', given.Tokens.Select(t => NameKey.TitleCase(t.Text))) + " " + NameKey.TitleCase(family.Tokens[0].Text);
        return new PersonCandidate(unit, family.Start, given.End, name, given.Tokens.Count + 1) { Evidence = "name heading in capitals" };
    }

    private PersonCandidate? Classify(NameRun run)
    {
        int skip = 0;
        string? title = null;
        bool sentenceStart = WordContext.StartsSentence(_text, run.Start);
        while (skip < run.Tokens.Count)
        {
            string word = run.Tokens[skip].Text;
            if (Gazetteer.Titles.Contains(word) && skip + 1 < run.Tokens.Count)
            {
                title = word;
                skip++;
            }
            else if ((skip == 0 && sentenceStart && IsCommon(word)) || Gazetteer.FunctionWords.Contains(word))
            {
                skip++;
            }
            else
            {
                break;
            }
        }
        if (skip == run.Tokens.Count)
        {
            return null;
        }
        NameRun name = skip == 0 ? run : run.Skip(skip);
        if (name.Tokens[0].IsInitials && name.Tokens.Count == 1)
        {
            return null;
        }
        if (knownPlaces.Contains(NameKey.Fold(name.Value)))
        {
            return null;
        }
        if ((run.IsWholeItalic || (name.Tokens.Count > 1 && (InItalics(name.Start) || OpensQuotation(name.Start)))) && !knownPersons.Contains(name.Value))
        {
            return null;
        }
        int words = name.Tokens.Count(t => !t.IsInitials);
        if (name.Tokens.Count >= 2 && name.Tokens.All(t => t.IsAllCapitals))
        {
            return IsCapitalsName(name)
                ? new PersonCandidate(unit, name.Start, name.End, string.Join(' ', name.Tokens.Select(t => NameKey.TitleCase(t.Text))), name.Tokens.Count) { Evidence = "name in capitals" }
                : null;
        }
        if (name.Tokens.Count >= 2)
        {
            return IsMultiWordName(name)
                ? new PersonCandidate(unit, name.Start, name.End, name.Value, name.Tokens.Count) { Evidence = title is null ? (name.Tokens[0].IsInitials ? "initials and family name" : "name of two or more words") : $"title '{title}'" }
                : null;
        }
        string single = name.Tokens[0].Text;
        if (words != 1 || single.Length < 2 || !IsNameWord(single) || (Gazetteer.HasNonNameSuffix(single) && title is null))
        {
            return null;
        }
        List<string> before = WordContext.Before(_text, name.Start, 3);
        bool placeLike = before.Count > 0 && before[0].ToLowerInvariant() is "in" or "at" or "from" or "into" or "the" or "of";
        var candidate = new PersonCandidate(unit, name.Start, name.End, single, 1) { PlaceLike = placeLike };
        candidate.Evidence = title is not null ? $"title '{title}'" : placeLike ? null : Cue(name, before);
        return candidate;
    }

    private string? Cue(NameRun name, List<string> before)
    {
        List<string> after = WordContext.After(_text, name.End, 4);
        int a = 0;
        while (a < after.Count && after[a].ToLowerInvariant() is "also" or "himself" or "herself" or "later" or "has" or "had" or "have" or "then" or "once" or "again" or "often" or "clearly" or "rightly" or "explicitly" or "actually")
        {
            a++;
        }
        if (a < after.Count && Gazetteer.ReportingVerbs.Contains(after[a]))
        {
            return $"followed by '{after[a]}'";
        }
        if (name.IsPossessive)
        {
            List<string> owned = WordContext.After(_text, name.End + 1, 4);
            int o = owned.Count > 0 && owned[0] == "s" ? 1 : 0;
            while (o < owned.Count && owned[o].Length > 0 && char.IsLower(owned[o][0]) && !Gazetteer.PersonalNouns.Contains(owned[o]) && o < 3)
            {
                o++;
            }
            if (o < owned.Count && (Gazetteer.PersonalNouns.Contains(owned[o]) || owned[o] is "*" or "\"" or "“"))
            {
                return $"possessive with '{owned[o]}'";
            }
        }
        string b0 = before.Count > 0 ? before[0].ToLowerInvariant() : "";
        string b1 = before.Count > 1 ? before[1].ToLowerInvariant() : "";
        if ((b0 == "to" && b1 == "according") || b0 is "as" || (b0 == "by" && b1 is "cited" or "written" or "edited" or "translated"))
        {
            return $"after '{(b1.Length > 0 && b0 is "to" or "by" ? b1 + " " : "")}{b0}'";
        }
        if (b0 == "," && Gazetteer.AppositionNouns.Contains(b1))
        {
            return $"in apposition to '{b1}'";
        }
        if (b0 == "(" && before.Count > 2 && before[2].ToLowerInvariant() is "a" or "an" or "two" or "three" && char.IsUpper(before[1][0]))
        {
            return $"instance of '{before[1]}'";
        }
        return null;
    }

    /// <summary>"Alexander Helphand (Parvus)": a single name in brackets straight after a person's name is an alias.</summary>
    private PersonCandidate? Alias(PersonCandidate person)
    {
        int open = person.End;
        if (open + 2 >= _text.Length || _text[open] != ' ' || _text[open + 1] != '(')
        {
            return null;
        }
        int close = _text.IndexOf(')', open + 2);
        if (close < 0)
        {
            return null;
        }
        string inner = _text[(open + 2)..close];
        return inner.Length >= 2 && char.IsUpper(inner[0]) && inner.All(char.IsLetter) && IsNameWord(inner)
            ? new PersonCandidate(unit, open + 2, close, person.Name, 1) { Evidence = $"alias of '{person.Name}'" }
            : null;
    }

    /// <summary>Whether a position is inside an italic span (an odd number of asterisks before it in the unit): a title.</summary>
    private bool InItalics(int position) => _text.AsSpan(0, position).Count('*') % 2 == 1;

    /// <summary>Whether a phrase opens a quotation ("El Colonialismo Interno,"): a title, not a name.</summary>
    private bool OpensQuotation(int position) => position > 0 && _text[position - 1] is '"' or '“';

    /// <summary>"PYOTR ILYICH TCHAIKOVSKY": a name set in capitals, every word a name word once title-cased, the last a long one.</summary>
    private bool IsCapitalsName(NameRun name) =>
        name.Tokens.All(t => t.Text.Length >= 3 && IsNameWord(NameKey.TitleCase(t.Text))) && name.Tokens[^1].Text.Length >= 6;

    private bool IsMultiWordName(NameRun name)
    {
        bool initialsFirst = name.Tokens[0].IsInitials;
        for (int i = 0; i < name.Tokens.Count; i++)
        {
            NameToken token = name.Tokens[i];
            if (token.IsInitials)
            {
                continue;
            }
            if (token.Text.Length < 2 || !IsNameWord(token.Text) || Gazetteer.Titles.Contains(token.Text))
            {
                return false;
            }
            bool last = i == name.Tokens.Count - 1;
            if (Gazetteer.HasDoctrineSuffix(token.Text) && (!last || !(initialsFirst || name.Tokens.Count > 2 || name.Tokens[i - 1].IsInitials)))
            {
                return false;
            }
        }
        return name.Tokens.Any(t => !t.IsInitials);
    }

    /// <summary>A word that can be part of a personal name: not a common word, cue, month, acronym or numeral.</summary>
    private bool IsNameWord(string word) =>
        !IsCommon(word)
        && !Gazetteer.OrganizationCues.Contains(word) && !Gazetteer.PlaceCues.Contains(word) && !Gazetteer.EventCues.Contains(word)
        && !Gazetteer.WorkCues.Contains(word) && !Gazetteer.GroupWords.Contains(word) && !Gazetteer.Months.Contains(word)
        && !Gazetteer.IsRomanNumeral(word)
        && !(word.Length <= 5 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    private bool IsCommon(string word) => Gazetteer.FunctionWords.Contains(word) || lowerWords.Contains(word.ToLowerInvariant());
}
