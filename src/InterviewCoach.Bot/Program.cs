using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.DevChat;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Teams;
using InterviewCoach.Bot.Understanding;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddDiagnostics();
builder.AddStorage();
builder.AddUnderstanding();
builder.AddCoach();
builder.AddReminders();
builder.AddTeams();
builder.AddDevChat();
builder.AddSlack();

WebApplication app = builder.Build();
// GET and HEAD only: a probe never posts, and a POST answered 200 would hide a misrouted client.
app.MapHealthChecks("/healthz").WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
app.MapTeamsEndpoints();
app.MapDevChatEndpoints();
app.MapSlackEndpoints();
app.MapDiagnosticsEndpoints();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
