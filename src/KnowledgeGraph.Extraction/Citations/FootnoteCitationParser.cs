using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>
/// Reads the bibliographic references in a footnote (or any passage): full references in the common humanities
/// note styles (Chicago notes, author–title with publication parenthesis, periodical volume:issue or date), several
/// in one note, chapters in edited volumes, secondhand "Cited in" references, and back-references (<i>Ibid.</i>,
/// <i>op. cit.</i>, <i>loc. cit.</i>, short titles), each field with its source span.
/// It uses only the form of references and cue words, never knowledge of particular works.
/// </summary>
public sealed partial class FootnoteCitationParser
{
    private readonly string? _essayAuthor;

    /// <summary>Creates a parser.</summary>
    /// <param name="essayAuthor">Who "my" refers to in the notes ("see my ..."), or null.</param>
    public FootnoteCitationParser(string? essayAuthor = null) => _essayAuthor = essayAuthor;

    /// <summary>Parses the references in one passage.</summary>
    /// <param name="content">The passage in reading order, mapped to the source.</param>
    /// <param name="footnoteNumber">The footnote number, or 0 for running text.</param>
    public IReadOnlyList<ParsedReference> Parse(MappedText content, int footnoteNumber)
    {
        ArgumentNullException.ThrowIfNull(content);
        var run = new Run(content, footnoteNumber, _essayAuthor);
        return run.Execute();
    }

    /// <summary>One parse: the text, the cursor past the last reference, the references so far.</summary>
    private sealed class Run
    {
        private readonly string _text;
        private readonly FieldFactory _fields;
        private readonly int _footnote;
        private readonly string? _essayAuthor;
        private readonly List<ParsedReference> _references = [];
        private int _cursor;

        public Run(MappedText content, int footnote, string? essayAuthor)
        {
            _text = content.Text;
            _fields = new FieldFactory(content);
            _footnote = footnote;
            _essayAuthor = essayAuthor;
        }

        public List<ParsedReference> Execute()
        {
            foreach (Anchor anchor in AnchorFinder.Find(_text))
            {
                if (anchor.Start < _cursor)
                {
                    continue;
                }
                int sentence = ReferenceText.SentenceStart(_text, anchor.Start, _cursor);
                int segment = Math.Max(_cursor, sentence);
                string left = _text[segment..anchor.Start];
                ParsedReference? reference = anchor.Kind switch
                {
                    AnchorKind.BackReference => BackReference(anchor, segment, left, ReferenceText.BackReferenceOf(Value(anchor)), null),
                    AnchorKind.Italic => Italic(anchor, segment, left),
                    _ => Quoted(anchor, segment, left),
                };
                if (reference is null)
                {
                    continue;
                }
                string before = _text[_cursor..anchor.Start];
                reference.Secondhand = reference.Secondhand || CitationCues.IsSecondhand(left);
                if (reference.Secondhand)
                {
                    Match relayed = CitationCues.RelayedAuthor(left);
                    if (relayed.Success)
                    {
                        Group name = relayed.Groups["name"];
                        reference.RelayedAuthor = _fields.Person(segment + name.Index, segment + name.Index + name.Length);
                    }
                }
                bool followsQuotation = _text[..segment].TrimEnd().EndsWith('"') || _text[..segment].TrimEnd().EndsWith('\u201D');
                reference.Characterization = CitationCues.Characterize(before, followsQuotation);
                _references.Add(reference);
                _cursor = Math.Max(_cursor, RawEnd);
            }
            return _references;
        }

        private int RawEnd { get; set; }

        private string Value(Anchor anchor) => _text[anchor.ValueStart..anchor.ValueEnd];

        private ParsedReference Start(int rawStart, int rawEnd, ReferenceKind kind)
        {
            RawEnd = rawEnd;
            return new ParsedReference
            {
                FootnoteNumber = _footnote,
                Raw = _fields.Field(rawStart, rawEnd),
                Kind = kind,
                TextStart = rawStart,
            };
        }

        private ParsedReference BackReference(Anchor anchor, int segment, string left, BackReferenceKind kind, string? shortTitle)
        {
            int rawStart = anchor.Start;
            int? volumeAt = null;
            var authors = new List<PersonName>();
            var editors = new List<PersonName>();
            Match m;
            if ((m = LeftContext.AuthorInEditor().Match(left)).Success)
            {
                authors.AddRange(Names(m.Groups["auth"], segment));
                editors.AddRange(Names(m.Groups["ed"], segment));
                rawStart = segment + m.Index;
            }
            else if ((m = LeftContext.InEditor().Match(left)).Success)
            {
                editors.AddRange(Names(m.Groups["ed"], segment));
                rawStart = segment + m.Groups["ed"].Index;
            }
            else if ((m = LeftContext.Authors().Match(left)).Success)
            {
                authors.AddRange(Names(m.Groups["names"], segment));
                rawStart = segment + m.Index;
                if (m.Groups["vol"].Success)
                {
                    volumeAt = segment + m.Groups["vol"].Index;
                }
            }
            int end = anchor.End;
            var reference = Start(rawStart, end, editors.Count > 0 ? ReferenceKind.Chapter : ReferenceKind.Unknown);
            reference.BackReference = kind;
            reference.Authors.AddRange(authors);
            reference.Editors.AddRange(editors);
            if (shortTitle is not null)
            {
                reference.Title = _fields.Field(anchor.ValueStart, anchor.ValueStart + shortTitle.Length);
            }
            if (volumeAt is int v)
            {
                reference.Volume = _fields.Field(v, v + m.Groups["vol"].Length);
            }
            end = PublicationParser.ReadPages(_text, end, reference, _fields);
            return Finish(reference, rawStart, end);
        }

        private ParsedReference? Italic(Anchor anchor, int segment, string left)
        {
            string value = Value(anchor);
            BackReferenceKind kind = ReferenceText.BackReferenceOf(value);
            if (kind != BackReferenceKind.None)
            {
                return BackReference(anchor, segment, left, kind, null);
            }
            string? shortTitle = ReferenceText.ShortTitleBeforeOpCit(value);
            if (shortTitle is not null)
            {
                return BackReference(anchor, segment, left, BackReferenceKind.OpCit, shortTitle);
            }
            Match opCit = RightContext.OpCitNext().Match(_text, anchor.End);
            if (opCit.Success)
            {
                ParsedReference back = BackReference(anchor with { End = opCit.Index + opCit.Length }, segment, left, BackReferenceKind.OpCit, null);
                string extra = ReferenceText.Clean(opCit.Groups["extra"].Value);
                back.Title = extra.Length > 0
                    ? new TextField(ReferenceText.Clean(value) + ", " + extra, _fields.Field(anchor.ValueStart, opCit.Groups["extra"].Index + opCit.Groups["extra"].Length).Span)
                    : _fields.Field(anchor.ValueStart, anchor.ValueEnd);
                return back;
            }

            bool details = PublicationParser.StartsPublicationDetails(_text, anchor.End);
            Match by = details ? Match.Empty : RightContext.ByAuthorBeforeParenthesis().Match(_text, anchor.End);
            var authors = new List<PersonName>();
            var editors = new List<PersonName>();
            int rawStart = anchor.Start;
            bool formal = false;
            Match m;
            if ((m = LeftContext.Editors().Match(left)).Success)
            {
                editors.AddRange(Names(m.Groups["names"], segment));
                formal = true;
            }
            else if ((m = LeftContext.Authors().Match(left)).Success || (m = LeftContext.BareAuthors().Match(left)).Success)
            {
                authors.AddRange(Names(m.Groups["names"], segment));
                formal = true;
            }
            else if ((m = LeftContext.Possessive().Match(left)).Success || (m = LeftContext.InHisWork().Match(left)).Success)
            {
                authors.AddRange(Names(m.Groups["names"], segment));
            }
            else if ((m = LeftContext.FirstPerson().Match(left)).Success && _essayAuthor is not null)
            {
                Group my = m.Groups["names"];
                authors.Add(new PersonName(_essayAuthor, _fields.Field(segment + my.Index, segment + my.Index + my.Length).Span));
            }
            if (!details && !by.Success && formal && authors.Count > 0 && ShortFormPage().IsMatch(_text[anchor.End..]))
            {
                // "Steedman, *Dust*, 50.": the short form of a work cited in full before.
                return BackReference(anchor, segment, left, BackReferenceKind.ShortForm, value);
            }
            if (!details && !by.Success && !(formal && authors.Count + editors.Count > 0 && StartsNewSentence(anchor.End)))
            {
                return null;
            }
            if (m.Success && authors.Count + editors.Count > 0)
            {
                rawStart = segment + m.Groups["names"].Index;
            }
            var reference = Start(rawStart, anchor.End, editors.Count > 0 ? ReferenceKind.EditedBook : ReferenceKind.Book);
            reference.Authors.AddRange(authors);
            reference.Editors.AddRange(editors);
            InheritAuthors(reference, anchor.Start);
            int end = anchor.End;
            if (by.Success)
            {
                reference.Authors.AddRange(Names(by.Groups["names"], 0));
                end = by.Index + by.Length;
            }
            bool periodical = IsPeriodicalForm(end);
            if (periodical)
            {
                reference.Container = _fields.Field(anchor.ValueStart, anchor.ValueEnd);
            }
            else
            {
                reference.Title = _fields.Field(anchor.ValueStart, anchor.ValueEnd);
            }
            end = PublicationParser.Read(_text, end, reference, _fields, periodical);
            return Finish(reference, rawStart, end);
        }

        private ParsedReference? Quoted(Anchor anchor, int segment, string left)
        {
            if (LeftContext.SectionOfPrevious().IsMatch(left) && _references.Count > 0)
            {
                // "especially Chapter 4, "Title"": a part of the work just cited, not a further work.
                ParsedReference previous = _references[^1];
                if (RightContext.PagesNext().Match(_text, anchor.End).Success && previous.Pages is null)
                {
                    int stop = PublicationParser.ReadPages(_text, anchor.End, previous, _fields);
                    _cursor = stop;
                }
                return null;
            }
            var authors = new List<PersonName>();
            int rawStart = anchor.Start;
            Match m;
            if ((m = LeftContext.Authors().Match(left)).Success || (m = LeftContext.BareAuthors().Match(left)).Success)
            {
                authors.AddRange(Names(m.Groups["names"], segment));
                rawStart = segment + m.Groups["names"].Index;
            }
            else if ((m = LeftContext.FirstPerson().Match(left)).Success && _essayAuthor is not null)
            {
                Group my = m.Groups["names"];
                authors.Add(new PersonName(_essayAuthor, _fields.Field(segment + my.Index, segment + my.Index + my.Length).Span));
                rawStart = segment + my.Index;
            }
            TextField title = QuotedTitle(anchor);
            bool titleLike = _text[anchor.ValueStart..anchor.ValueEnd].TrimEnd().EndsWith(',')
                || RightContext.YearThenIn().IsMatch(_text, anchor.End);
            if (!titleLike)
            {
                return null;
            }
            Match container;
            if ((container = RightContext.InContainer().Match(_text, anchor.End)).Success)
            {
                var reference = Start(rawStart, anchor.End, ReferenceKind.Chapter);
                reference.Title = title;
                List<PersonName> names = Names(container.Groups["names"], 0);
                if (container.Groups["ed"].Success)
                {
                    reference.Editors.AddRange(names);
                    reference.Authors.AddRange(authors);
                }
                else
                {
                    reference.Authors.AddRange(authors.Count > 0 ? authors : names);
                }
                string cont = container.Groups["cont"].Value;
                if (ReferenceText.BackReferenceOf(cont) != BackReferenceKind.None || ReferenceText.ShortTitleBeforeOpCit(cont) is not null)
                {
                    reference.BackReference = BackReferenceKind.OpCit;
                }
                else
                {
                    reference.Container = _fields.Field(container.Groups["cont"].Index, container.Groups["cont"].Index + container.Groups["cont"].Length);
                }
                int end = PublicationParser.Read(_text, container.Index + container.Length, reference, _fields, periodical: false);
return Finish(reference, rawStart, end);
            }
            if ((container = RightContext.ItalicNext().Match(_text, anchor.End)).Success)
            {
                string cont = container.Groups["cont"].Value;
                var reference = Start(rawStart, anchor.End, ReferenceKind.Article);
                reference.Title = title;
                reference.Authors.AddRange(authors);
                int end = container.Index + container.Length;
                if (ReferenceText.BackReferenceOf(cont) != BackReferenceKind.None)
                {
                    reference.BackReference = ReferenceText.BackReferenceOf(cont);
                    reference.Kind = ReferenceKind.Unknown;
                    end = PublicationParser.ReadPages(_text, end, reference, _fields);
                    return Finish(reference, rawStart, end);
                }
                reference.Container = _fields.Field(container.Groups["cont"].Index, container.Groups["cont"].Index + container.Groups["cont"].Length);
                Match opCit = RightContext.OpCitNext().Match(_text, end);
                if (opCit.Success)
                {
                    reference.BackReference = BackReferenceKind.OpCit;
                    end = PublicationParser.ReadPages(_text, opCit.Index + opCit.Length, reference, _fields);
                    return Finish(reference, rawStart, end);
                }
                end = PublicationParser.Read(_text, end, reference, _fields, periodical: true);
                return Finish(reference, rawStart, end);
            }
            if (RightContext.PagesNext().Match(_text, anchor.End).Success && (authors.Count > 0 || RightContext.Unpublished().IsMatch(_text[anchor.End..Math.Min(_text.Length, anchor.End + 80)])))
            {
                var reference = Start(rawStart, anchor.End, RightContext.Unpublished().IsMatch(_text[anchor.End..Math.Min(_text.Length, anchor.End + 80)]) ? ReferenceKind.Manuscript : ReferenceKind.Unknown);
                reference.Title = title;
                reference.Authors.AddRange(authors);
                int end = PublicationParser.ReadPages(_text, anchor.End, reference, _fields);
                return Finish(reference, rawStart, end);
            }
            return null;
        }

        private TextField QuotedTitle(Anchor anchor)
        {
            int end = anchor.ValueEnd;
            while (end > anchor.ValueStart && _text[end - 1] is ',' or '.' or ' ')
            {
                end--;
            }
            return _fields.Field(anchor.ValueStart, end);
        }

        private ParsedReference Finish(ParsedReference reference, int rawStart, int end)
        {
            Match m;
            if ((m = RightContext.Translator().Match(_text, end)).Success)
            {
                reference.Translators.AddRange(Names(m.Groups["names"], 0));
                end = m.Index + m.Length;
            }
            if ((m = RightContext.EditedBy().Match(_text, end)).Success)
            {
                reference.Editors.AddRange(Names(m.Groups["names"], 0));
                end = m.Index + m.Length;
            }
            RawEnd = end;
            var finished = new ParsedReference
            {
                FootnoteNumber = reference.FootnoteNumber,
                Raw = _fields.Field(rawStart, end),
                Kind = reference.Kind,
                BackReference = reference.BackReference,
                Title = reference.Title,
                Container = reference.Container,
                Volume = reference.Volume,
                Issue = reference.Issue,
                Place = reference.Place,
                Publisher = reference.Publisher,
                Year = reference.Year,
                Pages = reference.Pages,
                TextStart = rawStart,
            };
            finished.Authors.AddRange(reference.Authors);
            finished.Editors.AddRange(reference.Editors);
            finished.Translators.AddRange(reference.Translators);
            return finished;
        }

        private void InheritAuthors(ParsedReference reference, int anchorStart)
        {
            if (reference.Authors.Count + reference.Editors.Count == 0 && _references.Count > 0
                && LeftContext.AndOnly().IsMatch(_text[_cursor..anchorStart]))
            {
                reference.Authors.AddRange(_references[^1].Authors);
            }
        }

        private bool IsPeriodicalForm(int position)
        {
            string rest = _text[position..Math.Min(_text.Length, position + 40)];
            return PeriodicalForm().IsMatch(rest);
        }

        private bool StartsNewSentence(int position)
        {
            string rest = _text[position..].TrimStart('*');
            return rest.Length == 0 || rest[0] is '.' or ';' or ')';
        }

        private List<PersonName> Names(Group group, int offset)
        {
            if (_text[..(offset + group.Index)].Count(c => c is '"' or '“' or '”') % 2 == 1)
            {
                // Inside an open quotation: title words, not names.
                return [];
            }
            var names = new List<PersonName>();
            foreach ((string _, int start, int end) in NamePatterns.SplitNames(group.Value, offset + group.Index))
            {
                names.Add(_fields.Person(start, end));
            }
            return names;
        }
    }

    [GeneratedRegex(@"^\s*,\s*\d{1,4}(?:[-–]\d{1,4})?\s*[.;)]")]
    private static partial Regex ShortFormPage();

    [GeneratedRegex(@"^\s*,?\s*(?:\d+:\d+|\d+,\s*no\.|\d+\s*\(|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter)[a-z]*\.?(?:-[A-Z][a-z]+)?\s+(?:\d{1,2},\s*)?\d{4}|\d{4}\b|forthcoming)")]
    private static partial Regex PeriodicalForm();
}
