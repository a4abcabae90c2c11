using System.Globalization;

namespace InterviewCoach.Eval;

/// <summary>Counts for one yes/no label; F1 of each class and their mean (macro F1).</summary>
internal sealed class BinaryScore
{
    private int _truePositive, _falsePositive, _falseNegative, _trueNegative;

    public void Add(bool expected, bool actual)
    {
        switch (expected, actual)
        {
            case (true, true):
                _truePositive++;
                break;
            case (false, true):
                _falsePositive++;
                break;
            case (true, false):
                _falseNegative++;
                break;
            default:
                _trueNegative++;
                break;
        }
    }

    public int Count => _truePositive + _falsePositive + _falseNegative + _trueNegative;

    public double PositiveF1 => F1(_truePositive, _falsePositive, _falseNegative);

    public double NegativeF1 => F1(_trueNegative, _falseNegative, _falsePositive);

    /// <summary>Mean of both classes' F1; a class absent from both truth and answers scores 1.</summary>
    public double MacroF1 => (PositiveF1 + NegativeF1) / 2;

    public string Describe(string name) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-28} macroF1 {MacroF1:0.000}  F1(true) {PositiveF1:0.000}  F1(false) {NegativeF1:0.000}  tp {_truePositive} fp {_falsePositive} fn {_falseNegative} tn {_trueNegative}");

    private static double F1(int tp, int fp, int fn) => tp + fp + fn == 0 ? 1 : 2.0 * tp / (2.0 * tp + fp + fn);
}
