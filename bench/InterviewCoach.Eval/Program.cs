using InterviewCoach.Eval;

// Each command reads JSONL items from stdin and writes one JSONL answer per item to stdout, in the formats of
// ../shared/design/checker-labels.md; "<command> --score <labelled.jsonl>" prints figures against a labelled set.
return EvalCommands.Run(args, Console.In, Console.Out, Console.Error);
