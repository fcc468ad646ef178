"""Injection heuristics: the English patterns (:data:`HEURISTICS`), and :data:`HEURISTICS_INTL`
in German, French, Spanish, Chinese, Russian, Arabic, Korean, Turkish, Japanese, Portuguese,
Italian, Polish, Dutch, Vietnamese and Hindi and in the shapes indirect attacks take (an
instruction addressed to the model inside a document). All run on RE2, whose ``\b`` knows ASCII
letters only: patterns in other scripts go without it."""

from __future__ import annotations

_ANY = r"(?:all|any|every|the|your|my|these|those|prior|previous|above|earlier|preceding|\s)*"
HEURISTICS: list[tuple[str, float, str]] = [
    (rf"\b(?:ignore|disregard|forget|skip|override|bypass)\b{_ANY}\b(?:instructions?|prompts?|rules|guidelines|directions|context|messages?|polic(?:y|ies))\b", 0.9, "instruction_override"),
    (r"\bforget (?:everything|all)\b", 0.6, "instruction_override"),
    (r"\b(?:new|updated|real|actual) (?:system )?instructions?\s*:", 0.6, "instruction_override"),
    (r"\b(?:you are|you're|act as|pretend (?:to be|you are)|roleplay as)\b.{0,40}\b(?:DAN|jailbr(?:o|ea)k(?:en)?|unfiltered|uncensored|unrestricted|without (?:any )?(?:rules|restrictions|limits|filters))", 0.9, "role_play"),
    (r"\bdo anything now\b|\bdeveloper mode\b|\bgod mode\b|\bjailbreak\b", 0.8, "jailbreak"),
    (r"\b(?:no|without|ignore (?:your|all)) (?:ethical |safety |content )?(?:restrictions|guidelines|filters|censorship|limitations)\b", 0.6, "jailbreak"),
    (r"\b(?:reveal|print|show|repeat|output|leak|tell me|what (?:is|are|were))\b.{0,30}\b(?:system prompt|initial prompt|hidden (?:instructions|prompt)|your instructions|the instructions you were given)\b", 0.85, "prompt_leak"),
    (r"(?:^|\n)\s*(?:#{2,}\s*)?(?:system|assistant)\s*:\s", 0.5, "role_marker"),
    (r"<\|(?:im_start|im_end|system|endoftext)\|>|\[/?INST\]|<</?SYS>>", 0.8, "role_marker"),
    (r"\b(?:send|forward|exfiltrate|upload|post)\b.{0,40}\b(?:conversation|chat history|credentials|passwords?|api keys?|tokens?|emails?|files?)\b.{0,30}\b(?:to|at)\b", 0.6, "exfiltration"),
    (r"\b(?:assistant|AI|model|agent|LLM)\s*[,:]\s*(?:please\s+)?(?:ignore|send|forward|call|execute|run|delete|reply)\b", 0.6, "indirect"),
    (r"\bsafety (?:rules|filters|guidelines) (?:do not|don't) apply\b|\bdisable (?:all )?(?:content )?filters?\b", 0.8, "jailbreak"),
]

HEURISTICS_INTL: list[tuple[str, float, str]] = [
    # instruction override
    (r"\b(?:ignorier\w*|vergiss|missacht\w*|übergeh\w*)\b.{0,40}(?:anweisung\w*|regeln|vorgaben|richtlinien|instruktion\w*|systemprompt)", 0.85, "instruction_override"),
    (r"\b(?:ignore|ignorez|oublie|oubliez|ne tiens plus compte)\b.{0,40}\b(?:instructions?|consignes?|règles|directives)\b", 0.85, "instruction_override"),
    (r"\b(?:ignora|ignore|olvida|olvide|no hagas caso)\b.{0,40}\b(?:instrucciones|indicaciones|reglas|directrices|normas)\b", 0.85, "instruction_override"),
    (r"\b(?:ignora|dimentica)\b.{0,40}\b(?:istruzioni|regole)\b|\bignore\b.{0,30}\binstruções\b|игнорируй.{0,40}инструкци|negeer.{0,30}instructies|zignoruj.{0,30}instrukcje", 0.85, "instruction_override"),
    (r"(?:忽略|无视|忘记|忘掉|不要理会|別理|忽視).{0,20}(?:指令|指示|规则|規則|提示|要求|准则|設定|设定)", 0.85, "instruction_override"),
    (r"(?:これまで|以前|上記)の(?:指示|命令|ルール).{0,10}(?:無視|忘れ)", 0.85, "instruction_override"),
    (r"\b(?:neue|nouvelles?|nuevas?)\s+(?:anweisungen|regeln|instructions|consignes|règles|instrucciones|reglas)\s*:", 0.5, "instruction_override"),
    (r"(?:игнорируй\w*|проигнорируй\w*|забудь\w*|не обращай\w* внимания на|не соблюдай\w*)[^.!?\n]{0,50}(?:инструкци|указани|правил|команд|ограничени|установк)|"
     r"(?:تجاهل|انس[َ]?|لا تلتزم)[^.!؟\n]{0,50}(?:التعليمات|الإرشادات|القواعد|الأوامر|تعليمات|قواعد)|"
     r"(?:지시|지침|규칙|명령|설정|프롬프트)[^.!?\n]{0,20}(?:무시|잊어)|"
     r"(?:talimat\w*|kural\w*|yönerge\w*|komut\w*)[^.!?\n]{0,30}(?:yok say|görmezden gel|unut|dikkate alma)|"
     r"(?:指示|命令|ルール|設定|制約|指令)[^。！？\n]{0,12}(?:無視|忘れ|解除|破棄)|"
     r"(?:ignore|ignora|esqueça|esqueca|desconsidere|zignoruj|zapomnij|pomiń|negeer|vergeet|bỏ qua|phớt lờ|quên)[^.!?\n]{0,50}(?:instruções|instrucoes|regras|orientações|diretrizes|polece|instrukc|zasad|reguł|instructies|regels|opdrachten|richtlijnen|hướng dẫn|chỉ dẫn|quy tắc|lệnh)|"
     r"(?:निर्देश|नियम|आदेश)[^।!?\n]{0,30}(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल)", 0.85, "instruction_override"),
    (r"забудь (?:всё|все|обо всём)|(?:правила|инструкции|указания|ограничения)[^.!?\n]{0,30}(?:отменен\w*|больше не действ\w*|не действуют)|"
     r"انس[َ]? (?:كل|جميع)|(?:القواعد|التعليمات)[^.!؟\n]{0,30}(?:لم تعد سارية|ملغاة|لاغية)|(?:모두|전부|다) 잊어|"
     r"her şeyi unut|(?:kurallar|talimatlar)\w*[^.!?\n]{0,30}(?:geçersiz|iptal)|(?:すべて|全部)忘れ|(?:ルール|指示)[^。！？\n]{0,12}(?:無効|取り消)", 0.6, "instruction_override"),
    # a turn of the chat forged inside the message: a speaker label of the model or the system
    (r"(?:^|\n)\s*(?:ассистент|система|المساعد|النظام|어시스턴트|시스템|asistan|sistem|アシスタント|システム|助手|系统|assistent|système|asistente|sistema)\s*[:：]", 0.5, "role_marker"),
    # prompt leak
    (r"системн\w* (?:промпт|подсказк|инструкци)|скрыт\w* (?:инструкци|правил)|(?:موجّه|موجه|تعليمات|أوامر) النظام|시스템 프롬프트|sistem (?:istem|talimat)\w*|"
     r"системн\w* указани|(?:التعليمات|الأوامر) (?:المخفية|السرية)|숨겨진 (?:지침|지시|프롬프트)|gizli (?:talimat|kural|istem)\w*|隠し(?:指示|プロンプト)|"
     r"prompt (?:de|do) sistema|prompt(?:u)? systemow\w*|systeemprompt|lời nhắc hệ thống|सिस्टम प्रॉम्प्ट|初期設定|(?:隠|かく)された(?:指示|ルール)", 0.6, "prompt_leak"),
    (r"\b(?:systemprompt|system-prompt|systemanweisung\w*|prompt système|prompt del sistema|prompt di sistema|системный промпт)\b", 0.6, "prompt_leak"),
    (r"(?:系统提示|系統提示|系统指令|システムプロンプト)", 0.6, "prompt_leak"),
    # role play / jailbreak
    (r"\b(?:entwicklermodus|mode développeur|modo desarrollador|modalità sviluppatore)\b", 0.5, "role_play"),
    (r"(?:开发者模式|開發者模式|越狱|越獄|没有任何(?:规则|限制|道德)|不受(?:任何)?限制)", 0.6, "role_play"),
    (r"\b(?:ohne (?:jegliche )?(?:einschränkungen|filter|regeln)|sans (?:aucune )?(?:restriction|limite|filtre|règle)s?|sin (?:ninguna )?(?:restricci[oó]n|restricciones|filtros?|reglas|límites))\b", 0.5, "role_play"),
    (r"(?:без|никаких) (?:цензуры|ограничений|правил|фильтров)|(?:بلا|بدون|دون) (?:أي )?(?:رقابة|قيود|قواعد)|검열(?:이|도)? (?:전혀 )?없|제한(?:이|도)? (?:전혀 )?없|(?:нет|без) фильтров|kısıtlaması olmayan|"
     r"sansürsüz|kuralları olmayan|kısıtlamasız|(?:制約|制限|ルール)(?:も|の)?(?:ない|無い)|倫理規定|"
     r"sem (?:nenhuma )?(?:restrição|restrições|censura|regras|filtros)|senza (?:alcuna )?(?:restrizion\w*|censura|regole|filtri)|"
     r"bez (?:cenzury|żadnych ograniczeń|zasad)|zonder (?:regels|beperkingen|censuur)|không (?:bị )?kiểm duyệt|không có (?:quy tắc|giới hạn)|"
     r"कोई (?:सेंसर|पाबंदी|नियम|प्रतिबंध)", 0.5, "role_play"),
    # indirect: an instruction addressed to the model inside content
    (r"\b(?:ki-assistent|sprachmodell|assistant ia|modèle de langage|asistente de ia|modelo de lenguaje)\b\s*[:,]", 0.6, "indirect"),
    (r"\b(?:note|message|instructions?|notice)\s+(?:to|for)\s+(?:the\s+)?(?:ai|llm|language model|assistant|ai models?|ai agents?)\b", 0.7, "indirect"),
    (r"\bif you are an? (?:ai|llm|language model|assistant)\b", 0.6, "indirect"),
    (r"(?:给|致)(?:阅读|处理)?.{0,8}(?:AI|人工智能|语言模型|助手)", 0.5, "indirect"),
    (r"(?:ИИ|нейросеть|ассистент)\w*,? (?:который|которая) (?:читает|обрабатывает)|الذكاء الاصطناعي الذي (?:يقرأ|يعالج)|(?:읽는|처리하는) (?:AI|인공지능)|"
     r"okuyan yapay zeka|(?:読む|読んでいる|処理する)AI", 0.6, "indirect"),
    # exfiltration
    (r"\b(?:schick|sende|leite|envoie|transfère|envía|reenvía)\b.{0,60}(?:chatverlauf|passw[oö]rter|historique|mots de passe|historial|contraseñas)", 0.6, "exfiltration"),
    (r"(?:发送|转发|上传).{0,20}(?:聊天记录|密码|密钥|客户数据)", 0.6, "exfiltration"),
    # exfiltration through a URL the model writes or a tool it calls: a link or image whose query
    # carries a placeholder for conversation data, secrets piped to a network command
    (r"(?:!\[[^\]]{0,200}\]\(|<img\b[^>]{0,200}\bsrc\s*=\s*[\"']?|\]\()https?://[^\s)\"']{1,300}\?[^\s)\"']{0,300}(?:\{|\[\[|<|\$|INSERT|%7B)", 0.7, "exfiltration"),
    (r"https?://\S{1,300}[?&]\w{1,20}=\S{0,40}(?:conversation|chat|history|messages?|secret|password|api[_ ]?key|token|system[_ ]?prompt|user'?s?[_ ]?(?:email|data|messages?))", 0.6, "exfiltration"),
    (r"\b(?:send|post|upload|paste|share|forward|email|e-mail|copy|include|put|save|sync|attach|leak|transmit|exfiltrate)\b.{0,60}\b(?:(?:entire|full|whole|complete|last \d+|previous) (?:conversation|chat|thread|messages|history|contract)|conversation history|chat (?:log|history|transcript)|environment variables|\.env\b|id_rsa|ssh keys?|private keys?|api keys?|connection strings?|credentials|card numbers?|system prompt)", 0.6, "exfiltration"),
    (r"(?:перешли|отправь|пошли|передай|أرسل|حوّل|حول|전송|보내|gönder|ilet|gửi|chuyển tiếp|भेज|送信|転送|送って|envie|encaminhe|invia|inoltra|wyślij|przekaż|stuur|verstuur|stuur door)"
     r"[^.!?。！？\n]{0,60}(?:истори\w* (?:чата|переписк)|переписк|парол|المحادثة|كلمات المرور|البريد|대화|비밀번호|이메일|sohbet|şifre|e-posta|cuộc trò chuyện|mật khẩu|बातचीत|पासवर्ड|会話|履歴|パスワード|conversa|histórico|senhas|conversazione|password|rozmow|hasł|gesprek|wachtwoord)", 0.6, "exfiltration"),
    (r"(?:пользовател\w* (?:ничего не|не )(?:сообщай|говори)|не (?:сообщай|говори) пользовател|(?:دون|بدون) (?:إخبار|علم) المستخدم|사용자(?:에게|한테)[^.!?\n]{0,10}(?:알리지|말하지)|"
     r"kullanıcıya[^.!?\n]{0,20}(?:söyleme|bildirme)|sem avisar|senza avvisare|bez (?:informowania|wiedzy) użytkownika|zonder (?:de gebruiker|het te melden)|không (?:báo|cho) người dùng|उपयोगकर्ता को (?:बताए बिना|मत बताना)|ユーザーに(?:知らせ|伝え)(?:ず|ないで))", 0.5, "indirect"),
    (r"\|\s*(?:curl|wget|nc)\b|\b(?:curl|wget)\b[^\n]{0,80}(?:--data|-d\s|-F\s|--upload-file|-T\s)|\bnslookup\s+\$|\$\{?[A-Z_]*(?:SECRET|TOKEN|KEY|PASSWORD)\}?\.[\w-]+\.", 0.6, "exfiltration"),
    (r"\b(?:don'?t|do not|never|without) (?:mention(?:ing)?|tell(?:ing)?|notify(?:ing)?|inform(?:ing)?|ask(?:ing)?)\b.{0,20}\b(?:the )?(?:user|owner|them|anyone)\b", 0.5, "indirect"),
    # an encoded or disguised payload sent with an order to decode it and obey
    (r"\b(?:decode|decipher|decrypt|translate|read|reverse|unscramble|convert)\b.{0,60}\b(?:and|then|,)\s*(?:follow|obey|comply|execute|do (?:it|what it says|as it says)|apply|act on|carry (?:it )?out|treat it as)", 0.6, "instruction_override"),
]

CONTEXT_CUES: list[tuple[str, float, str]] = [
    (r"[\"“„«「『'`][^\"”»」』'`\n]{0,80}(?:\b(?:ignore|disregard|forget|system prompt|instructions?|jailbreak|developer mode|DAN|no rules|ignorier\w*|vergiss|oublie\w*|olvida\w*|ignora\w*|yok say|negeer|zignoruj|bỏ qua|du bist jetzt|tu es maintenant|ahora eres|ohne regeln|sans règles|sin reglas)\b|忽略|指令|你现在是|没有任何规则|игнорир|забудь|ты теперь|تجاهل|무시|無視|अनदेखा)[^\"”»」』'`\n]{0,80}[\"”»」』'`]", 0.0, "quoted"),
    (r"\b(?:how (?:do|can|should) (?:we|i|you|they)|what (?:is|are|does)|why (?:do|does|is|are)|is it (?:safe|ethical|legal|possible)|can you explain|explain)\b.{0,80}\b(?:inject\w*|jailbreak\w*|attack\w*|prompts?|instructions?|filters?|guardrails?|detect\w*|decod\w*|encod\w*)\b", 0.0, "discussion"),
    (r"\b(?:detect|block|prevent|mitigat|defend|filter|flag|sanitiz|sanitis|classif|test)\w*\b.{0,60}\b(?:inject\w*|attacks?|jailbreaks?|such (?:strings|phrases|prompts)|these (?:strings|phrases|prompts))\b", 0.0, "discussion"),
    (r"\b(?:example(?: (?:attack|prompt|payload|injection))?|e\.g\.|for instance|typical(?:ly)?|the attacker|an attacker|attackers|adversar\w+|someone|a (?:user|customer|colleague)|researchers?)\b.{0,50}\b(?:writes?|wrote|types?|typed|says?|said|told|tells|asks?|asked|hides?|hid|pastes?|pasted|submit(?:s|ted)?|claims?|plants?|planted)\b", 0.0, "reported"),
    (r"\b(?:the|a|its|their|our|his|her) (?:model|bot|chatbot|assistant|agent|llm|ai)\b.{0,40}\b(?:ignored|ignores|obeyed|obeys|followed|follows|revealed|leaked|was told|were told|started|refused)\b", 0.0, "reported"),
    (r"(?:^|[.!?:\n]\s*)(?:(?:now|so|ok(?:ay)?|please|from now on|for the rest of (?:this|the) (?:chat|session|conversation)),?\s+)?(?:ignore|disregard|forget|reveal|print|show|output|repeat|act as|pretend|stop being|drop|abandon|switch off|disable)\b", 0.0, "addressing"),
    (r"\byou(?:'re| are| will| must| should| have| can)?\b.{0,20}\b(?:now|no longer|from now on|only obey|only follow)\b|\byour (?:instructions|rules|system prompt|guidelines|programming|filters|restrictions|settings|operator|developers?)\b", 0.0, "addressing"),
    (r"\b(?:paper|slide|workshop|class|course|quiz|newsletter|report|thesis|article|log|ticket|fixture|unit test|red team)\b|"
     r"\b(?:the|a|an|her|his|their|our|my|its|this|that|your) talks?\b", 0.0, "discussion"),
    (r"\b(?:post-mortem|root cause|mitigation|defen[cs]e|awareness|incident|lecture|handout|module \d+)\b|(?:schulung|vorfallbericht|übung|(?:^|[^\w])(?:fiche réflexe|rapport d'incident|formations?|examen|cursos?|informe de incidente)(?:[^\w]|$)|"
     r"培训|测验|事件报告|教程|учебн\w* пример|отчёт об инциденте|памятка|викторин|دورة|سؤال اختبار|تقرير|التوعية|교육|퀴즈|보고서|eğitim|olay raporu|sınav|研修|クイズ|報告書|treinamento|formazione)", 0.0, "discussion"),
    (r"(?i:answer|correct answer|lösung|réponse|respuesta|resposta|risposta|答案|正解|الجواب|ответ|정답|cevap)\s*[:：]", 0.0, "discussion"),
    (r"(?i:\b(?:question|frage|pregunta|domanda|pergunta|vraag|pytanie|soru)|(?:^|[^\w])вопрос)\s*(?:n[°o.]\s*)?\d+|"
     r"(?:问题|题|質問|سؤال|질문)\s*\d+|\b(?:what|which) (?:kind|type|sort|class) of (?:attack|injection|technique)|"
     r"(?:哪种|哪一种|什么样的)(?:攻击|注入)|(?i:какой (?:тип|вид) атак|welche art (?:von )?angriff|quel type d'attaque|qué tipo de ataque)|"
     r"(?i:как(?:ое|ой|ая) (?:название|называется))", 0.0, "discussion"),
]
"""Cues of a text that quotes, reports or discusses an instruction rather than giving it, and of one
that addresses the model (a sentence opening with an order, "you ... now", "your rules"); weight 0:
no score of their own, inputs of the classifier, which learns how much each moves a score."""
