using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Storage;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddStorage();
builder.AddCoach();
builder.AddReminders();
builder.AddSlack();

WebApplication app = builder.Build();
app.MapHealthChecks("/healthz");
app.MapSlackEndpoints();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
