using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.DevChat;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Teams;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddStorage();
builder.AddCoach();
builder.AddTeams();
builder.AddDevChat();

WebApplication app = builder.Build();
app.MapHealthChecks("/healthz");
app.MapTeamsEndpoints();
app.MapDevChatEndpoints();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
