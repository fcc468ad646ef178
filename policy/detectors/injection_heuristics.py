"""Injection heuristics in German, French, Spanish, Chinese and a few more languages, and in the
shapes indirect attacks take (an instruction addressed to the model inside a document). They run
on RE2 like the English ones (:data:`sluice.policy.detectors.injection.HEURISTICS`)."""

from __future__ import annotations

HEURISTICS_INTL: list[tuple[str, float, str]] = [
    # instruction override
    (r"\b(?:ignorier\w*|vergiss|missacht\w*|übergeh\w*)\b.{0,40}(?:anweisung\w*|regeln|vorgaben|richtlinien|instruktion\w*|systemprompt)", 0.85, "instruction_override"),
    (r"\b(?:ignore|ignorez|oublie|oubliez|ne tiens plus compte)\b.{0,40}\b(?:instructions?|consignes?|règles|directives)\b", 0.85, "instruction_override"),
    (r"\b(?:ignora|ignore|olvida|olvide|no hagas caso)\b.{0,40}\b(?:instrucciones|indicaciones|reglas|directrices|normas)\b", 0.85, "instruction_override"),
    (r"\b(?:ignora|dimentica)\b.{0,40}\b(?:istruzioni|regole)\b|\bignore\b.{0,30}\binstruções\b|игнорируй.{0,40}инструкци|negeer.{0,30}instructies|zignoruj.{0,30}instrukcje", 0.85, "instruction_override"),
    (r"(?:忽略|无视|忘记|忘掉|不要理会|別理|忽視).{0,20}(?:指令|指示|规则|規則|提示|要求|准则|設定|设定)", 0.85, "instruction_override"),
    (r"(?:これまで|以前|上記)の(?:指示|命令|ルール).{0,10}(?:無視|忘れ)", 0.85, "instruction_override"),
    (r"\b(?:neue|nouvelles?|nuevas?)\s+(?:anweisungen|regeln|instructions|consignes|règles|instrucciones|reglas)\s*:", 0.5, "instruction_override"),
    # prompt leak
    (r"\b(?:systemprompt|system-prompt|systemanweisung\w*|prompt système|prompt del sistema|prompt di sistema|системный промпт)\b", 0.6, "prompt_leak"),
    (r"(?:系统提示|系統提示|系统指令|システムプロンプト)", 0.6, "prompt_leak"),
    # role play / jailbreak
    (r"\b(?:entwicklermodus|mode développeur|modo desarrollador|modalità sviluppatore)\b", 0.5, "role_play"),
    (r"(?:开发者模式|開發者模式|越狱|越獄|没有任何(?:规则|限制|道德)|不受(?:任何)?限制)", 0.6, "role_play"),
    (r"\b(?:ohne (?:jegliche )?(?:einschränkungen|filter|regeln)|sans (?:aucune )?(?:restriction|limite|filtre|règle)s?|sin (?:ninguna )?(?:restricci[oó]n|restricciones|filtros?|reglas|límites))\b", 0.5, "role_play"),
    # indirect: an instruction addressed to the model inside content
    (r"\b(?:ki-assistent|sprachmodell|assistant ia|modèle de langage|asistente de ia|modelo de lenguaje)\b\s*[:,]", 0.6, "indirect"),
    (r"\b(?:note|message|instructions?|notice)\s+(?:to|for)\s+(?:the\s+)?(?:ai|llm|language model|assistant|ai models?|ai agents?)\b", 0.7, "indirect"),
    (r"\bif you are an? (?:ai|llm|language model|assistant)\b", 0.6, "indirect"),
    (r"(?:给|致)(?:阅读|处理)?.{0,8}(?:AI|人工智能|语言模型|助手)", 0.5, "indirect"),
    # exfiltration
    (r"\b(?:schick|sende|leite|envoie|transfère|envía|reenvía)\b.{0,60}(?:chatverlauf|passw[oö]rter|historique|mots de passe|historial|contraseñas)", 0.6, "exfiltration"),
    (r"(?:发送|转发|上传).{0,20}(?:聊天记录|密码|密钥|客户数据)", 0.6, "exfiltration"),
]
