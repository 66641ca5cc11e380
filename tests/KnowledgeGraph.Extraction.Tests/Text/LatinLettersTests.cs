using KnowledgeGraph.Extraction.Rdf;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

public sealed class LatinLettersTests
{
    [Theory]
    [InlineData("Jürgen Habermas", "Jurgen Habermas")]
    [InlineData("Pablo González Casanova", "Pablo Gonzalez Casanova")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Æsop Straße", "AEsop Strasse")]
    [InlineData("Dvořák", "Dvorak")]
    [InlineData("plain ASCII", "plain ASCII")]
    [InlineData("Москва", "Москва")]
    public void Accented_Latin_letters_lose_their_diacritics_and_other_scripts_stay(string text, string folded) =>
        Assert.Equal(folded, LatinLetters.Fold(text));

    [Theory]
    [InlineData("Jürgen Habermas", "jurgen-habermas")]
    [InlineData("Antonín Dvořák", "antonin-dvorak")]
    [InlineData("The ABC of Communism", "the-abc-of-communism")]
    public void Slugs_are_readable_ASCII_whatever_the_machine(string label, string slug) =>
        Assert.Equal(slug, IriMinter.Slug(label));
}
