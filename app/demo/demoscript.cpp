#include "app/demo/demoscript.h"

namespace callqa::app {

namespace {

ScriptLine agent(const char* text, ScriptLine::Role role = ScriptLine::Plain)
{
    return {Speaker::Agent, QString::fromUtf8(text), role};
}

ScriptLine customer(const char* text)
{
    return {Speaker::Customer, QString::fromUtf8(text), ScriptLine::Plain};
}

} // namespace

// The sample calls are spoken text, not real customers. Each language has one dialogue; the demo
// builder varies pauses, overtalk and which lines the agent skips.
const QList<DemoLanguage>& demoLanguages()
{
    static const QList<DemoLanguage> languages = {
        {QStringLiteral("en"),
         QStringLiteral("en-us+m3"),
         QStringLiteral("en-us+f2"),
         {agent("Thank you for calling Northwind support, my name is {agent}. How can I help you "
                "today?",
                ScriptLine::Greeting),
          customer("Hi, my internet connection keeps dropping since yesterday evening."),
          agent("I am sorry to hear that. Can you please confirm your customer number and date of "
                "birth?",
                ScriptLine::Verification),
          customer("Sure, it is four five seven two one, and I was born on the third of May."),
          agent("Thank you. I can see an outage in your area. I will send a technician and credit "
                "one day to your account."),
          customer("Okay, that sounds good. When will the technician come?"),
          agent("Tomorrow between nine and twelve. Is there anything else I can help you with?"),
          customer("No, that is all, thank you."),
          agent("Thank you for calling, have a great day.", ScriptLine::Thanks)}},
        {QStringLiteral("de"),
         QStringLiteral("de+m3"),
         QStringLiteral("de+f2"),
         {agent("Guten Tag, Sie sprechen mit {agent} vom Kundenservice. Wie kann ich Ihnen helfen?",
                ScriptLine::Greeting),
          customer("Hallo, meine Rechnung ist diesen Monat viel zu hoch."),
          agent("Das tut mir leid. Können Sie mir bitte Ihre Kundennummer und Ihr Geburtsdatum "
                "nennen?",
                ScriptLine::Verification),
          customer("Ja, die Kundennummer ist vier fünf sieben zwei eins."),
          agent("Danke. Ich sehe, dass ein Tarif doppelt berechnet wurde. Ich schreibe Ihnen den "
                "Betrag gut."),
          customer("Sehr gut. Bekomme ich eine Bestätigung?"),
          agent("Ja, Sie bekommen heute noch eine E-Mail. Kann ich sonst noch etwas für Sie tun?"),
          customer("Nein, danke, das war alles."),
          agent("Vielen Dank für Ihren Anruf und einen schönen Tag noch.", ScriptLine::Thanks)}},
        {QStringLiteral("tr"),
         QStringLiteral("tr+m3"),
         QStringLiteral("tr+f2"),
         {agent("Merhaba, ben {agent}, müşteri hizmetlerine hoş geldiniz. Size nasıl yardımcı "
                "olabilirim?",
                ScriptLine::Greeting),
          customer("Merhaba, siparişim hâlâ gelmedi."),
          agent("Çok üzgünüm. Müşteri numaranızı ve doğum tarihinizi alabilir miyim?",
                ScriptLine::Verification),
          customer("Tabii, numaram dört beş yedi iki bir."),
          agent("Teşekkürler. Kargonuz depoda bekliyor, bugün yeniden gönderiyorum."),
          customer("Ne zaman gelir?"),
          agent("Yarın akşama kadar elinizde olur. Başka yardımcı olabileceğim bir konu var mı?"),
          customer("Hayır, teşekkür ederim."),
          agent("Aradığınız için teşekkür ederiz, iyi günler.", ScriptLine::Thanks)}},
        {QStringLiteral("ru"),
         QStringLiteral("ru+m3"),
         QStringLiteral("ru+f2"),
         {agent("Здравствуйте, меня зовут {agent}, служба поддержки. Чем могу помочь?",
                ScriptLine::Greeting),
          customer("Здравствуйте, у меня не работает мобильное приложение."),
          agent("Мне очень жаль. Назовите, пожалуйста, номер договора и дату рождения.",
                ScriptLine::Verification),
          customer("Номер договора четыре пять семь два один."),
          agent("Спасибо. Я сбросил ваш пароль и отправил новую ссылку для входа."),
          customer("Хорошо, ссылка пришла."), agent("Отлично. Могу ли я ещё чем-нибудь помочь?"),
          customer("Нет, спасибо."),
          agent("Спасибо за звонок, хорошего дня.", ScriptLine::Thanks)}},
        {QStringLiteral("fa"),
         QStringLiteral("fa+m3"),
         QStringLiteral("fa+f2"),
         {agent(
              "سلام، من {agent} از پشتیبانی هستم. چطور می‌توانم "
              "کمکتان "
              "کنم؟",
              ScriptLine::Greeting),
          customer("سلام، کارت بانکی من مسدود شده است."),
          agent("متاسفم. لطفا شماره مشتری و تاریخ تولدتان را بگویید.", ScriptLine::Verification),
          customer("شماره مشتری من چهار پنج هفت دو یک است."),
          agent("متشکرم. کارت شما را فعال کردم و یک پیامک تایید برایتان فرستادم."),
          customer("ممنون، پیامک رسید."), agent("آیا کار دیگری هست که بتوانم انجام دهم؟"),
          customer("نه، خیلی ممنون."),
          agent("از تماس شما متشکرم، روز خوبی داشته باشید.", ScriptLine::Thanks)}},
    };
    return languages;
}

const QList<DemoAgent>& demoAgents()
{
    static const QList<DemoAgent> agents = {
        {QStringLiteral("a01"), QStringLiteral("Jonas Becker"), QStringLiteral("Berlin Support"),
         QStringLiteral("de")},
        {QStringLiteral("a02"), QStringLiteral("Lea Schmidt"), QStringLiteral("Berlin Support"),
         QStringLiteral("de")},
        {QStringLiteral("a03"), QStringLiteral("Emma Wright"), QStringLiteral("Berlin Support"),
         QStringLiteral("en")},
        {QStringLiteral("a04"), QString::fromUtf8("Jürgen Weiß"), QStringLiteral("Berlin Support"),
         QStringLiteral("de")},
        {QStringLiteral("a05"), QString::fromUtf8("Ayşe Yılmaz"),
         QString::fromUtf8("İstanbul Destek"), QStringLiteral("tr")},
        {QStringLiteral("a06"), QStringLiteral("Emre Demir"), QString::fromUtf8("İstanbul Destek"),
         QStringLiteral("tr")},
        {QStringLiteral("a07"), QString::fromUtf8("Zeynep Çelik"),
         QString::fromUtf8("İstanbul Destek"), QStringLiteral("tr")},
        {QStringLiteral("a08"), QString::fromUtf8("Burak Öztürk"),
         QString::fromUtf8("İstanbul Destek"), QStringLiteral("en")},
        {QStringLiteral("a09"), QString::fromUtf8("Алексей Смирнов"),
         QStringLiteral("Eurasia Desk"), QStringLiteral("ru")},
        {QStringLiteral("a10"), QString::fromUtf8("Ольга Иванова"), QStringLiteral("Eurasia Desk"),
         QStringLiteral("ru")},
        {QStringLiteral("a11"), QString::fromUtf8("زهرا احمدی"), QStringLiteral("Eurasia Desk"),
         QStringLiteral("fa")},
        {QStringLiteral("a12"), QString::fromUtf8("علی رضایی"), QStringLiteral("Eurasia Desk"),
         QStringLiteral("fa")},
    };
    return agents;
}

const QList<DemoUser>& demoUsers()
{
    static const QList<DemoUser> users = {
        {QStringLiteral("admin"), QStringLiteral("Ada Admin"), QStringLiteral("admin"), {}},
        {QStringLiteral("root2"), QStringLiteral("Rolf Admin"), QStringLiteral("admin"), {}},
        {QStringLiteral("sara"),
         QStringLiteral("Sara Supervisor"),
         QStringLiteral("supervisor"),
         {}},
        {QStringLiteral("mehmet"),
         QString::fromUtf8("Mehmet Şahin"),
         QStringLiteral("supervisor"),
         {}},
        {QStringLiteral("rita"), QStringLiteral("Rita Reviewer"), QStringLiteral("reviewer"), {}},
        {QStringLiteral("dmitri"),
         QString::fromUtf8("Дмитрий Козлов"),
         QStringLiteral("reviewer"),
         {}},
        {QStringLiteral("lena"), QStringLiteral("Lena Vogel"), QStringLiteral("reviewer"), {}},
        {QStringLiteral("emre"), QString::fromUtf8("Emre Doğan"), QStringLiteral("reviewer"), {}},
        {QStringLiteral("carla"), QStringLiteral("Carla Coach"), QStringLiteral("coach"), {}},
        {QStringLiteral("navid"), QString::fromUtf8("نوید کریمی"), QStringLiteral("coach"), {}},
        {QStringLiteral("jonas"), QStringLiteral("Jonas Becker"), QStringLiteral("agent"),
         QStringLiteral("a01")},
        {QStringLiteral("ayse"), QString::fromUtf8("Ayşe Yılmaz"), QStringLiteral("agent"),
         QStringLiteral("a05")},
    };
    return users;
}

} // namespace callqa::app
