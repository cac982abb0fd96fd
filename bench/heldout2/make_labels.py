import json, collections
T = {k: "topic." + v for k, v in dict(XI="xi-thought", PL="party-leadership", FG="fangguanfu", ND="normative-docs",
     MD="major-decisions", LA="legal-advisers", E3="enforcement-three-systems", EC="enforcement-capacity",
     EM="emergency", DI="disputes", RL="reconsideration-litigation", SU="supervision", TR="transparency",
     DG="digital", LP="legal-publicity", OS="officials-study").items()}
P = dict(M="part.measures", S="part.shortcomings", F="part.first-responsible", N="part.next-year", O="part.other")
R = []
def rec(n, year, pub, title, parts, implicit, topics, doubtful, near, notes, terms=()):
    R.append(dict(file=f"texts/g{n:02d}.txt", year=year, published=pub, title=title,
                  parts=[P[k] for k in parts], parts_implicit=[P[k] for k in implicit],
                  part_headings={P[k]: v for k, v in parts.items()},
                  topics=[T[t] for t in topics.split()], topics_doubtful=[T[t] for t in doubtful.split()],
                  terms_outdated=list(terms), notes=notes, _near=[T[t] for t in near.split()]))

rec(1, 2016, "2017-03-20", "青山镇2016年法治政府建设工作报告",
    dict(M="一、主要工作情况", S="二、存在的问题", N="三、2017年工作打算"), "",
    "PL OS LP DI TR", "", "LA RL ND MD XI",
    "PL: 调整充实了镇依法行政工作领导小组…纳入…年度目标考核. OS: 会前学法12次(宪法、土地管理法); 法律知识考试. LP: 制定七五普法规划, 法律进集市8场, 宪法日宪法诵读. DI: 人民调解组织排查矛盾纠纷143件, 接访日接待来访86批次. TR: 通过政务公开栏公开财政预决算等信息46期. Near misses: 法律顾问 and 规范性文件备案审查 only in the 2017 plan; 行政应诉 only in shortcomings; 依法决策 only a preamble slogan; no 习近平法治思想 (2016).")
rec(2, 2017, None, "河阳县人民政府关于2017年度法治政府建设工作情况的报告",
    dict(M="一、2017年法治政府建设主要举措和成效", S="二、存在的不足", N="三、2018年工作安排"), "",
    "FG ND MD LA RL EC", "SU OS", "E3 XI",
    "FG: 取消县级行政许可事项11项, 公布权责清单, 多证合一. ND: 合法性审查19件, 报备10件, 集中清理. MD: 出台重大行政决策程序规定; 5项重大决策召开听证会. LA: 聘请2家律师事务所担任常年法律顾问, 审查合同86份. RL: 行政复议申请27件, 负责人出庭应诉19件次. EC: 612名执法人员换发新证; 案卷评查150卷. SU doubtful: only 报备 to 县人大常委会. OS doubtful (revised after run 1): 组织全县行政执法人员公共法律知识培训和考试 is staff legal training/exam; EVIDENCE lists 法律知识考试/法治培训 under officials-study without excluding enforcement staff, while the same act is the 执法资格 route of enforcement-capacity. Near misses: 三项制度 only in shortcomings and the 2018 plan; 新理念新思想新战略 only in preamble and plan (older name). Six-term goal is current in 2017.")
rec(3, 2018, None, "江州市应急管理局2018年度法治政府建设情况报告",
    dict(M="一、2018年法治政府建设主要工作", F="二、主要负责人履行推进法治建设第一责任人职责情况", N="三、2019年工作思路"), "",
    "PL EM EC E3 LP", "", "ND FG DG",
    "Subtitle date (2019年2月26日) is not a publication label. PL: 成立局法治政府建设工作领导小组; 任务分解表 (also 局党委会研究法治建设4次 in part 二). EM: 修订突发事件总体应急预案, 综合应急演练6场. EC: 67名执法人员持证, 执法培训3期. E3: 执法公示, 执法记录仪全过程记录, 法制审核58件. LP: 谁执法谁普法, 安全生产法宣讲会42场 to 企业/社区/学校. Near misses: 起草…规范性文件2件 is drafting (not ND review); 机构改革 alone (not FG); 互联网+执法 only in plan (not digital); 打非治违 campaign.")
rec(4, 2019, None, "东湖街道办事处2019年法治政府建设情况报告",
    {}, "MFSN",
    "PL OS DI LP MD", "ND RL EC TR LA", "DG XI",
    "No headings at all: measures implicit; shortcomings and next-year implicit (revised after run 1: 但仍存在法治宣传的针对性不强…等问题 / 2020年，街道将…, content without a heading); 第一责任人 implicit (街道党工委书记、办事处主任认真履行推进法治建设第一责任人职责，年初…签订法治建设目标责任书). PL: 目标责任书, 纳入年度重点工作和年终考核. OS: 中心组专题学习宪法、监察法2次; 法治专题讲座3场; 网上学法考试. DI: 枫桥经验, 调解室, 调处矛盾纠纷286件. LP: 法治文化广场, 以案释法36场, 宪法宣传周. MD: 三重一大 集体讨论决定, 集体研究重大事项19项. Doubtful: ND/RL/EC only in 研究部署…行政执法、规范性文件管理、行政复议应诉等工作 (deliberation list); TR only publishing the annual report; LA only 社区法律顾问 giving 以案释法 (普法 speakers). Near misses: 网上学法考试 is not digital; no 习近平法治思想 in 2019.")
rec(5, 2020, "2021-01-28", "国家税务总局平川县税务局2020年法治政府建设情况报告",
    dict(M="一、2020年法治税务建设主要做法和成效", S="二、存在的问题", N="三、2021年工作打算"), "",
    "EM DG FG E3 EC DI RL LP", "", "PL ND LA OS",
    "EM: 制定办税服务厅突发疫情应急处置预案，组织开展应急演练2次. DG: 电子税务局233项网上办理, 掌上办税APP. FG: 取消税务证明事项9项, 告知承诺制. E3: 全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度, 公示执法信息1468条. EC: 117名执法人员取得执法资格, 专项业务培训5期. DI: 设立税收争议调解室，调解涉税争议11件. RL: 受理税务行政复议申请1件. LP: 普法责任清单, 税收宣传月 宣讲 to 企业. Near misses: 疫情防控工作领导小组 is not a rule-of-law leadership mechanism and 在…坚强领导下 is a formula (PL not counted); 规范性文件合法性审核 only in shortcomings; 律师 only lecturing taxpayers (not LA).")
rec(6, 2021, "2022-03-18", "安徽省水利厅2021年度法治政府建设情况报告",
    dict(M="一、主要举措和成效", S="二、存在的不足和原因", N="三、2022年工作安排"), "",
    "XI PL ND MD EC E3 TR LP EM", "", "RL DG OS",
    "Items are bare numbered sentences. XI: 厅党组理论学习中心组…习近平法治思想专题学习3次; 专题培训班. PL: 厅党组会议专题研究法治政府建设2次, 工作要点, 纳入考核. ND: 审核规范性文件6件, 备案, 专项清理. MD: 重大行政决策事项目录; 公开征求意见, 专家论证, 风险评估. EC: 执法监督检查, 评查案卷286卷. E3: 全面推行三项制度, 法制审核7件. TR: 主动公开政府信息1263条, 依申请17件. LP: 八五普法规划, 水法规进乡村、进校园. EM: 修订水旱灾害防御应急预案, 启动应急响应5次. Near misses: 复议应诉 only in shortcomings; 互联网+监管 and 会前学法/述法 only in the 2022 plan; the Xi training is Xi-only (not officials-study).")
rec(7, 2022, "2023-02-15", "临水县公安局2022年度法治政府建设工作报告",
    dict(M="一、主要工作及成效", S="二、存在的问题", N="三、2023年工作打算"), "",
    "PL EC E3 EM DI RL SU DG", "TR FG", "XI LP",
    "PL: 局党委会议专题研究法治公安建设5次, 工作要点, 执法质量考评纳入绩效考核. EC: 执法资格考试, 执法培训10期, 执法质量考评, 评查案卷480卷. E3: 执法全过程记录, 执法记录仪, 重大案件法制审核. EM: 依法处置涉疫突发警情43起. DI: 排查调处矛盾纠纷1570起, 接访213批次. RL: 行政复议12件, 行政诉讼9件, 局长出庭应诉2次. SU: 办理县检察院检察建议3件，均按期整改回复. DG: 互联网+公安政务服务, 86项业务网上办理. TR doubtful: 阳光警务平台公开行政处罚决定 (执法公示, not 政务公开 as such). Near misses: 习近平法治思想 only in the 2023 plan; 普法 only in shortcomings and plan; 雷霆专项打击 is a campaign, and its 为优化营商环境营造安全稳定的社会环境 is a purpose clause (not FG). FG doubtful (revised after run 1, for consistency with g16): the only other FG-like evidence is 互联网+公安政务服务 网上办理, i.e. digital 政务服务, which FG names only by implication.")
rec(8, 2023, None, "清川市人民政府关于2023年度法治政府建设情况的报告",
    dict(M="一、2023年法治政府建设主要举措和成效", S="二、存在的不足和原因", N="三、2024年工作安排"), "",
    "XI PL FG DG MD RL SU TR", "EC", "LP OS",
    "XI: 常务会议第一议题学习6次; 党校必修课程. PL: 常委会、常务会议听取汇报; 实地督察; 示范项目创建. FG: 证照分离, 一件事, 行政许可事项清单. DG: 一网通办率98.6%, 电子证照, 共享数据. MD: 决策事项目录8项均履行五项程序. RL: 复议案件1327件, 出庭应诉率97.8%. SU: 办理人大代表建议312件、政协提案405件; 审计整改2.1亿元. TR: 主动公开2.7万条, 政策解读346次, 依申请1023件. EC doubtful: 涉企行政检查扫码入企 (a check on inspections, arguably 执法监督). Near misses: 普法 only in shortcomings and plan; the 党校 training is on 习近平法治思想 only (not officials-study); 在市人大…监督支持下 is a formula (SU counts anyway from its own item).")
rec(9, 2024, "2025-01-16", "柳塘镇2024年法治政府建设年度报告",
    dict(M="一、2024年工作开展情况", S="二、存在的问题", N="三、下一步工作打算"), "",
    "PL LA DI TR LP MD", "XI EC FG", "E3 OS",
    "Published from 时间：2025-01-16. PL: 镇党委会议专题研究法治建设3次, 工作要点, 纳入考评. LA: 聘请常年法律顾问, 审查合同23份, 一村一法律顾问. DI: 调解组织受理矛盾纠纷217件. TR: 信息公开专栏主动公开132条. LP: 民法典进农村宣讲12场, 法律明白人培训, 宪法宣传周. MD: 三重一大集体决策, 集体研究重大事项27项. Doubtful: XI heading (二)深入学习宣传贯彻习近平法治思想 over a slogan; EC only 综合行政执法改革/组建执法队; FG only 承接县级下放行政执法事项 (赋权). Near misses: 三项制度 and 会前学法 only in the plan; 干部学法 only in shortcomings.")
rec(10, 2025, "2026-02-10", "滨河区住房和城乡建设局2025年度法治政府建设工作报告",
    dict(M="一、主要工作举措和成效", S="二、存在的不足", N="三、2026年工作思路"), "",
    "XI OS FG E3 EC ND DI LP", "DG TR", "EM",
    "XI: 党组会议第一议题专题学习习近平法治思想4次. OS: 学习民法典、建设工程质量管理条例, 法治讲座2场, 述法全覆盖. FG: 工程建设项目审批制度改革, 告知承诺制76件. E3: 公示执法主体、依据、流程; 执法记录仪; 法制审核14件. EC: 执法业务培训, 持证率100%. ND: 规范性文件全面清理, 废止3件. DI: 物业纠纷调解工作室, 调处318件; 信访件146件. LP: 谁执法谁普法, 法律进工地15场 to 农民工. Doubtful: DG only an internal 智慧工地 monitoring platform; TR only 执法公示 on the portal. Near miss: 安全生产大检查 is not emergency.")
rec(11, 2016, None, "临江市人力资源和社会保障局2016年法治政府建设工作总结",
    dict(M="一、工作开展情况", S="二、存在的问题", N="三、下一步打算"), "",
    "FG EC DI LP OS", "RL", "MD DG TR",
    "Bare short-line topical headings. FG: 取消行政审批事项4项, 下放3项, 权力清单和责任清单. EC: 执法资格培训考试, 新增持证18人, 案卷评查. DI: 调解劳动争议1357件. LP: 七五普法规划, 劳动法宣传周 to 企业和工地. OS: 组织全局中层以上干部学习《行政复议法》《行政诉讼法》. RL doubtful: heading 行政复议 over study only (no cases). Near misses: 合同法律审查 alone (not MD); 网络化/互联网+ only in plan; 政府信息公开 only in plan.")
rec(12, 2017, "2018-03-27", "山西省环境保护厅2017年度法治政府建设情况报告",
    dict(M="一、2017年推进法治政府建设的主要举措和成效", S="二、存在的主要问题", N="三、2018年工作打算"), "",
    "ND MD TR SU", "DI", "EC RL E3 LP PL FG",
    "ND: 合法性审查规范性文件8件, 全面清理废止11件. MD: 专家论证会3次, 公开征求公众意见, 社会稳定风险评估. TR: 公开环评审批信息312条, 依申请公开47件. SU: 办理省人大常委会执法检查意见并整改; 审计问题整改. DI doubtful: 督促整改群众信访举报问题2316件 (信访 handled, but as part of 环保督察 rectification). Near misses: 大气污染防治条例 is legislation; enforcement figures are enforcement itself, and capacity only in shortcomings; 复议应诉 only in shortcomings; 三项制度, 七五普法 and 简政放权 only in plan; 中央环境保护督察 is not a rule-of-law leadership mechanism.")
rec(13, 2018, "2019-03-22", "松阳区人民政府2018年法治政府建设工作情况报告",
    dict(M="一、主要举措和成效", F="二、党政主要负责人履行推进法治建设第一责任人职责情况", S="三、存在的不足和原因", N="四、2019年工作安排"), "",
    "FG DG MD EC RL LP PL", "OS", "XI",
    "Opening 今年以来; year from title. FG: 最多跑一次事项1327项, 一窗受理, 证照分离. DG: 互联网+政务服务, 网上可办率90%, APP. MD: 重大行政决策事项15项均经合法性审查, 3项听证. EC: 案卷评查320卷, 执法人员培训1687人. RL: 复议申请68件, 败诉率3.8%, 区长出庭应诉. LP: 法治进校园巡讲102场, 以案说法栏目. PL: only in part 二 (first-responsible, L1): 主持召开区政府常务会议专题研究法治政府建设3次, 审定工作要点, 约谈考核排名靠后部门 — counted under the whole-text rule; outside the measures part. OS doubtful (revised after run 1): 开展行政执法人员专业法律知识培训 (enforcement-staff legal training; see g02). Near miss: 新理念新思想新战略 only in the preamble.")
rec(14, 2019, None, "贵州省交通运输厅2019年法治政府建设情况报告",
    dict(M="一、2019年法治政府建设工作情况", S="二、存在的问题", N="三、2020年工作打算"), "",
    "E3 EC FG DG LA RL", "", "LP",
    "Tables flattened into '|' lines. E3: 三项制度实施办法 and table rows 执法公示信息/全过程记录设备/法制审核重大执法决定. EC: 执法人员资格考试 2,317人, 执法培训24期. FG: 取消行政许可4项, 双随机一公开. DG: 8类证照实现电子证照, 跨省通办. LA: 公职律师5名, 外聘法律顾问2家, 审查合同147份. RL: 复议申请38件, 应诉19件, 负责人出庭4次. Near miss: 七五普法 only in plan.")
rec(15, 2020, "2021-02-05", "新桥街道2020年度法治政府建设情况报告",
    dict(M="一、主要做法", S="二、存在问题", N="三、2021年工作计划"), "",
    "PL LP LA DI E3 OS", "TR", "EM MD EC",
    "PL: 调整法治建设领导小组, 听取汇报2次, 纳入社区年度考核. LP: 宣传传染病防治法(1.6万份), 民法典进社区、进企业20余场. LA: 法律顾问列席党工委会议12次, 审核合同41份. DI: 调解纠纷198件, 信访件等诉求832件. E3: 综合执法中队公示执法人员信息、依据、处罚结果 (publicity child only -> partial). OS: 班子会议会前学法10次. TR doubtful: only 执法公示 on the 政务公开栏. Near misses: 疫情防控 appears only as the occasion for 法治宣传 (not emergency); 重大行政决策 only in shortcomings/plan; 执法培训 only in plan.")
rec(16, 2021, "2022-03-29", "白沙县人民政府2021年度法治政府建设情况报告",
    dict(M="一、主要举措和成效", S="二、存在的不足", N="三、2022年工作打算"), "",
    "XI PL EM ND MD LA E3 EC DG LP SU", "FG", "OS RL",
    "Chrome line before the title. XI: 常务会议专题学习习近平法治思想3次, 专题培训班240人. PL: 常务会议研究4次, 专项督察. EM: 修订突发公共卫生事件应急预案; 涉疫文件合法性审核. ND: 审核涉疫文件17件; 审核规范性文件8件, 备案审查21件. MD: 4项重大决策公众参与、专家论证、风险评估. LA: 法律顾问列席常务会议22次, 法律意见86条. E3: 全面落实三项制度. EC: 执法资格考试, 新申领执法证件213个. DG: 一网通办, 全程网办率82%. LP: 八五普法规划, 谁执法谁普法责任清单. SU: 人大代表建议86件、政协提案121件, 审计整改32个. FG doubtful: only 一网通办/全程网办 (digital; 政务服务 reform only by implication). Near misses: the Xi training is Xi-only (not officials-study); 复议应诉 only in shortcomings. terms_outdated: the six-term goal 廉洁高效、守法诚信 in a 2021 report.",
    terms=["廉洁高效、守法诚信"])
rec(17, 2022, "2023-03-20", "锦城市卫生健康委员会2022年度法治政府建设情况报告",
    dict(M="一、2022年度法治政府建设情况", S="二、存在的问题和不足", N="三、2023年工作计划"), "",
    "EM ND FG DG PL", "EC RL LP SU", "E3 DI XI",
    "EM: 修订疫情应急处置预案, 应急演练8次. ND: 对涉疫防控措施开展合法性审核23件 (055 rule). FG: 电子证照, 诊所备案告知承诺. DG: 电子证照, 执业注册全程网办 (the award for 互联网+医疗健康 alone would be doubtful). PL: 委党组会议全年研究了…行政执法、行政复议应诉、普法依法治理等工作 (a 党组 meeting deploying 法治 work). Doubtful: EC, RL, LP only in that deliberation list (EC also only a 专项整治 campaign); SU only 向市人大常委会报告. Near misses: 三项制度 only in shortcomings; 医疗纠纷调解 only in shortcomings and plan; 坚持以习近平法治思想为指导 only in preamble. terms_outdated: 新冠肺炎 in a text published 2023-03-20.",
    terms=["新冠肺炎"])
rec(18, 2023, None, "临河县应急管理局2023年法治政府建设年度报告",
    dict(M="主要工作和成效", S="存在的问题", N="2024年工作安排"), "",
    "EM E3 EC OS", "PL", "XI LP RL DG",
    "Headings are bare short lines. EM: 修订应急预案, 演练14次, 依法启动防汛Ⅲ级应急响应. E3: 全面落实三项制度, 公示执法信息156条, 执法记录仪, 法制审核. EC: 18名执法人员持证上岗, 执法能力培训. OS: 集中学习《安全生产法》…, 法律知识测试2次. PL doubtful: only 中心组 二十大 study (and 在…坚强领导下). Near misses: 二十大/主题教育 study is not Xi-thought study, 践行习近平法治思想 only in preamble; 安全生产月 主题宣传 carries no legal content (not 普法); 复议诉讼 only in shortcomings; 数字化执法平台 only in plan.")
rec(19, 2024, "2025-03-26", "南溪市人民政府关于2024年度法治政府建设情况的报告",
    dict(M="一、主要举措和成效", S="二、存在的不足和原因", N="三、2025年工作安排"), "F",
    "PL OS ND EC FG", "RL DI LP", "XI TR SU",
    "发文日期 label. Addressee line is not a title. F implicit: 市政府主要负责同志认真履行推进法治建设第一责任人职责，带头…述法 (under heading 坚持党的领导). PL: 党组会议、常务会议研究部署 法治 work; 第一责任人 带头述法. OS: 述法. ND: 规范性文件管理办法, 审核14件, 备案审查67件. EC: 执法监督员60名, 案卷评查2100卷. FG: 为企业开展法治体检260场次. Doubtful: RL, DI, LP only in the deliberation list (LP also in preamble slogan 深化普法宣传). Near misses: no 习近平法治思想 at all; no 政务公开; 在市人大及其常委会的监督支持下 is a formula (SU); 为优化营商环境提供法治保障 is a purpose clause (FG counts anyway via 法治体检).")
rec(20, 2025, "2026-01-20", "石门街道2025年法治政府建设工作报告",
    dict(M="一、2025年法治政府建设推进情况", F="（二）严格落实第一责任人职责", S="二、存在的不足", N="三、2026年工作安排"), "",
    "PL OS MD LA DI LP", "XI FG", "EC",
    "PL: 主持召开街道法治建设工作专题会议, 纳入年度重点工作清单. OS: 年终向区委依法治区办进行述法. MD: 三重一大事项集体讨论决定31项. LA: 法律顾问出具法律意见书18份, 审查合同46份. DI: 综治中心受理矛盾纠纷412件, 大接访12次. LP: 宪法进万家、民法典进网格18场, 法治文化阵地. Doubtful: XI heading (一) over a slogan (统筹推进依法行政、严格规范执法、深化普法宣传); FG heading (五)优化营商环境 over a plan only (下一步，街道将…法治体检) plus the preamble purpose clause. Near miss: 综合行政执法队伍 only in plan.")
rec(21, 2016, None, "安平县2016年度法治政府建设情况报告",
    {}, "MN",
    "FG DG TR EC E3 RL LP", "DI", "MD LA",
    "Only topical headings: measures implicit; last paragraph (2017年，我县将继续…) is next-year content without heading: next-year implicit (revised after run 1). FG: 取消和调整43项, 权力清单和责任清单, 五证合一. DG: 互联网+政务服务平台, 286项网上申报. TR: 政务公开实施方案, 主动公开4312条, 政策解读18项. EC: 执法人员培训860人次, 执法主体资格清理. E3: 推行行政执法公示制度 (全过程记录 only 力争 -> partial). RL: 行政复议案件31件, 出庭应诉率60%. LP: 七五普法规划, 法律六进140余场. DI doubtful: heading 四、健全矛盾纠纷化解机制 over 复议/诉讼 content only. Near misses: 重大行政决策合法性审查 and 法律顾问 only in the 2017 plan sentence.")
rec(22, 2017, "2018-01-09", "桃源乡2017年法治政府建设工作总结",
    dict(S="二、存在问题和下一步打算", N="二、存在问题和下一步打算"), "M",
    "MD LP DI", "OS TR", "PL LA EC",
    "Items 一是…六是 after an intro (一年来主要做了以下工作 is not a heading): measures implicit. MD: 三重一大集体决策, 重大项目、大额资金经集体讨论决定. LP: 法律进乡村 讲座11场, 法律咨询台, 法治进校园. DI: 调处纠纷87件, 矛盾纠纷排查例会. Doubtful: OS only 党章/纪律处分条例 and 两学一做 (党内法规, political study); TR only 村务公开 guidance (and 政务公开 in shortcomings/plan). Awards (民主法治示范村) don't add. Near misses: 在县委坚强领导下 / 按照县依法治县领导小组的部署 (PL); 法律顾问, 综合执法 only in plan.")
rec(23, 2018, None, "平湖县水利局2018年度法治政府建设工作报告",
    dict(M="一、2018年度法治政府建设主要工作", S="二、存在的问题", N="三、2019年工作计划"), "",
    "OS FG LP", "", "EC E3 DI PL",
    "OS: 中心组集体学习水法、防洪法6次, 宪法知识测试. FG: 取消中介服务事项2项, 一窗受理, 双随机一公开. LP: 世界水日、中国水周 水法规宣传 to public. Near misses: 执法持证/培训 only in shortcomings and plan (水政巡查/查处 is enforcement itself); 三项制度 only shortcomings/plan; 水事纠纷调处 only shortcomings/plan; 双随机一公开 is not E3; 在县委、县政府的正确领导下 is a formula (PL).")
rec(24, 2019, "2020-02-27", "云港市市场监督管理局2019年法治政府建设情况报告",
    dict(M="一、法治政府建设主要举措", S="二、存在的问题", N="三、2020年工作安排"), "",
    "PL FG ND EC E3 DI RL LP", "XI TR", "",
    "更新时间 2020/02/27. PL: 党组会议专题研究3次, 工作计划, 纳入年度考核. FG: 证照分离, 双随机一公开. ND: 合法性审核5件, 清理废止23件. EC: 1162名执法人员换发新证, 综合执法业务培训6期. E3: 全面推行三项制度, 法制审核87件. DI: 调解消费纠纷4.1万件. RL: 复议14件、诉讼8件. LP: 谁执法谁普法, 以案释法. XI doubtful: 中心组学习 习近平总书记关于全面依法治国重要论述 (unnamed wording, 2019). TR doubtful: 抽查结果公示 as a step of 双随机.")
rec(25, 2020, "2021-03-30", "四川省自然资源厅2020年法治政府建设情况报告",
    dict(M="一、2020年度推进法治政府建设的主要举措和成效", S="二、存在的不足及原因", N="三、2021年工作打算"), "",
    "ND FG DG EC RL LA LP TR", "MD", "EM",
    "ND: 合法性审核11件, 备案11件. FG: 多审合一、多证合一, 登记时间压缩. DG: 互联网+不动产登记, 网上申请, 数据实时共享. EC: 执法人员培训780人次, 案卷评查380卷. RL: 复议197件, 应诉412件. LA: 公职律师6名, 法律顾问2名, 参与150余件. LP: 面向社会公众开展土地管理法律法规宣传, 七五普法总结. TR: 主动公开2416条, 依申请623件. MD doubtful: only 法律顾问参与厅重大决策论证. Near miss: 新冠肺炎疫情 only in preamble (not emergency); 条例修订 is legislation.")
rec(26, 2021, "2022-01-25", "红岩镇人民政府2021年度法治政府建设工作报告",
    dict(M="一、2021年法治政府建设工作开展情况", S="二、存在的不足", N="三、2022年工作计划"), "",
    "EM FG EC DI LP LA", "OS PL", "XI MD",
    "No preamble. EM: 制定突发公共卫生事件应急处置预案, 应急演练2次; 依法实施健康监测和居家隔离. FG: 一窗受理、一站办结, 告知承诺制. EC: 12名执法人员执法资格考试取得证件, 培训4次. DI: 调委会调解153件, 村法律顾问参与调解62件. LP: 八五普法规划, 民法典主题宣传8场, 法治文化长廊. LA: 一村一法律顾问, 坐班服务186次. Doubtful: OS only 年终述职时报告了学法用法情况 (述职, not 述法); PL only 作为全镇重点工作来抓 (slogan-like). Near misses: 坚持以习近平法治思想为指导 in the body (XI not counted); 合法性审查 only in shortcomings/plan.")
rec(27, 2022, None, "关于2022年度法治政府建设情况的报告",
    {}, "MFN",
    "XI OS PL RL FG DG EM ND EC", "TR DI", "MD",
    "Chrome date 2023-03-08 has no label: published null. Title has no unit name. No headings: measures implicit; next-year implicit (revised after run 1: closing 下一步，区政府将开展…); F implicit (区长认真履行推进法治建设第一责任人职责，带头讲法治课). XI: 常务会议第一议题学习4次. OS: 会前学法8次 (行政复议法、安全生产法), 87个单位主要负责人现场述法. PL: 工作要点, 纳入综合考核, 法治督察. RL: 复议申请186件, 出庭应诉率100%. FG: 一件事一次办, 企业开办一日办结, 双随机. DG: 网上可办率99%, 掌上办. EM: 依法处置突发疫情3起. ND: 涉疫措施文件合法性审核26件. EC: 执法人员网上培训考试, 案卷评查620卷. Doubtful: TR only publishing last year's report; DI only 复议中调解和解. Near miss: 规范性文件清理 and 重大行政决策目录 only in 下一步 plan.")
rec(28, 2023, "2024-02-26", "永宁县人力资源和社会保障局2023年度法治政府建设情况报告",
    dict(M="一、主要工作举措", F="3.落实第一责任人职责。", S="二、存在的不足", N="三、2024年工作打算"), "",
    "XI OS PL FG DG", "LP RL EC", "DI SU",
    "XI: 纳入中心组年度学习计划, 专题学习3次, 党校专题培训. OS: 会前学法9次 (行政复议法、保障农民工工资支付条例), 学法考法. PL: 主持召开局法治建设专题会议2次. FG: 一窗通办. DG: 34项业务全程网办. Doubtful: LP heading 开展人社政策宣传 over staff-only training; RL heading 行政复议应诉 over 积极配合 only; EC heading 规范劳动保障监察执法 over a 根治欠薪 campaign. Near miss: 劳动人事争议调解 only in the plan (and 普法 to 企业 only in shortcomings/plan); 人大代表建议、政协提案 only in shortcomings.")
rec(29, 2024, "2025-03-28", "江西省人民政府关于2024年度法治政府建设情况的报告",
    {}, "M",
    "XI PL FG DG E3 EC SU RL TR LP DI", "LA", "",
    "Only topical L1 headings: measures implicit. XI: 纳入中心组学习计划, 专题学习4次. PL: 推进会, 法治督察. FG: 一件事, 涉企合规清单, 亮码入企. DG: 赣服通, 网上可办率99.6%. E3: 全面落实三项制度. EC: 执法人员轮训12万人次, 评查案卷1.8万卷. SU: 人大代表建议817件, 政协提案763件, 检察建议2137件. RL: 出庭应诉率99.2%, 复议3.2万件. TR: 主动公开46万条, 政策解读. LP: 八五普法, 法律进企业宣讲2600场. DI: 枫桥式调解组织调处26万件. LA doubtful: 律师、法律顾问 only as 普法 speakers.")
rec(30, 2025, "2026-02-27", "金川市交通运输局2025年度法治政府建设情况报告",
    dict(M="一、2025年法治政府建设主要举措和成效", S="二、存在的不足和原因", N="三、2026年工作计划"), "",
    "PL MD LA RL DG ND", "EC", "EM E3 LP FG",
    "PL: 党组会议5次专题研究, 工作要点, 实地督导. MD: 决策事项目录; 专家论证、公众参与、风险评估、合法性审查、集体讨论决定. LA: 常年法律顾问, 审查合同76份; 公职律师2名. RL: 公职律师代理行政诉讼案件4件. DG: 互联网+监管系统, 非现场执法. ND: 规范性文件经合法性审核后备案. EC doubtful: heading （四）行政执法 over 综合执法改革 only. Near misses: 安全生产专项整治 is not emergency; 三项制度, 普法 and 放管服 only in the plan (普法 also shortcomings).")
rec(31, 2016, None, "湖北省教育厅2016年法治政府建设情况报告",
    dict(M="一、2016年法治政府建设基本情况", S="二、存在问题", N="三、2017年工作思路"), "",
    "FG MD LA LP TR", "PL", "EC RL ND SU",
    "FG: 取消审批3项, 下放, 权力清单和责任清单. MD: 重大行政决策程序规定, 公众参与和专家论证, 合法性审查. LA: 聘请2名律师担任法律顾问, 审查合同52份. LP: 青少年法治教育实施意见, 学宪法讲宪法80万人次. TR: 主动公开1860条, 依申请15件, 政策解读. PL doubtful: only 依法治校示范校创建 (示范创建 of schools). Near misses: 专项督查 of schools is not PL/EC; 执法力量 only in shortcomings; 复议诉讼 only in shortcomings; 规范性文件清理 and 人大执法检查/建议提案 only in plan.")
rec(32, 2017, "2018-02-28", "海州市城市管理局2017年度法治政府建设工作报告",
    dict(M="（一）主要工作及成效", S="（二）存在的问题", N="（三）2018年工作打算"), "",
    "E3 EC DI SU DG", "OS", "LP TR PL",
    "Part headings at level 2 only, no preamble after the title. E3: 三项制度试点, 执法记录仪210台, 法制审核46件. EC: 执法人员法律知识考试, 轮训3轮. DI: 信访件3460件, 联合调解化解纠纷86起. SU: 人大代表建议31件、政协提案42件; 专题询问问题逐项整改. DG: 数字化城市管理平台15.6万件, 城管通APP. OS doubtful (revised after run 1): 执法队员参加全市行政执法人员法律知识考试 (enforcement-staff exam; see g02). Near misses: 法治宣传 only in plan; 公开 only in plan (执法公示 plan); 在市委、市政府的正确领导下 is a formula (PL).")
rec(33, 2018, None, "长岭乡2018年法治政府建设情况报告",
    dict(M="一、工作开展情况", S="二、存在的不足和原因", N="三、2019年工作打算"), "",
    "OS PL LP DI", "", "SU LA MD EC TR",
    "Subtitle (长岭乡人民政府 2019年1月) is not a publication date. OS: 中心组学习宪法修正案、监察法3次, 会前学法6次, 法律知识考试. PL: 调整法治政府建设领导小组, 党委会议听取法治建设汇报2次. LP: 宪法修正案宣传, 法治电影18场, 法治进校园. DI: 排查化解矛盾纠纷64起, 调解员培训. Near misses: 党委领导、人大监督… and 立法、执法、司法、守法、普法 are fixed formulas; 法律顾问/合法性审查/政务公开 only in shortcomings and plan; 配合执法行动 is a campaign, 执法人员培训 only in plan.")
rec(34, 2019, "2020-03-31", "宁安县2019年度法治政府建设情况报告",
    dict(F="一、党政主要负责人履行推进法治建设第一责任人职责情况", M="二、2019年法治政府建设主要举措和成效", S="三、存在的问题", N="四、2020年工作打算"), "",
    "PL EC DI TR", "FG DG RL", "E3 XI LA LP",
    "Chrome before the title. PL: 纳入全县综合绩效考核 (also 常委会/常务会议专题研究 in part 一). EC: 行政执法专项监督检查, 评查案卷260卷. DI: 调委会调解纠纷1632件, 医疗纠纷人民调解委员会. TR: 政务公开工作要点, 主动公开5230条, 依申请32件. Doubtful: FG only an award (营商环境评价优秀县); DG only a ranking; RL heading over a 下一步 plan. Near misses: 下一步…全面推行三项制度 inside the measures part (plan); 新理念新思想新战略 only in preamble; 法律顾问, 七五普法 only in plan.")
rec(35, 2020, "2021-01-15", "新华区卫生健康局2020年法治政府建设工作总结",
    dict(M="一、法治政府建设工作情况", S="二、存在的问题", N="三、2021年工作打算"), "",
    "EM E3 FG DG DI LP OS", "", "ND EC RL PL",
    "日期 label. EM: 启动突发公共卫生事件一级响应, 应急预案, 演练3次. E3: 执法公示68条, 执法记录仪, 法制审核. FG: 不见面审批, 取消证明材料12项. DG: 电子化注册, 14个事项全程网上办理. DI: 医疗纠纷人民调解 43件. LP: 健康大讲堂 向群众普及传染病防治法律知识 26场. OS: 组织全系统干部职工学习基本医疗卫生与健康促进法、民法典. Near misses: 起草…文件3件 is drafting (not ND); inspections/case figures are enforcement itself, capacity only in shortcomings/plan; 行政应诉 only in shortcomings; 在区委、区政府的坚强领导下 is a formula (PL).")
rec(36, 2021, "2022-03-25", "丰城市人民政府2021年度法治政府建设情况报告",
    dict(M="一、2021年主要工作及成效", S="二、存在的不足和原因", N="三、2022年工作安排"), "",
    "PL XI OS LP", "ND E3 RL LA TR SU", "FG EM DG EC",
    "PL: 常务会议研究部署 法治 items; 主要负责同志主持召开全市法治政府建设工作会议. XI: 常务会议专题学习习近平法治思想. OS: 中心组学习、专题讲座 学法160余次 (民法典、行政处罚法). LP: 八五普法规划, 行政处罚法宣传 to 企业. Doubtful: ND/E3/RL/LA only in the deliberation list; TR only publishing the annual report; SU only 向市人大常委会报告. Near misses: 为优化营商环境营造良好法治氛围 is a purpose clause and 放管服 only in plan (FG not counted); 疫情防控 only as the occasion for 宣传 (not emergency); 数字政府 and 执法培训 only in plan.")
rec(37, 2022, "2023-01-30", "梅溪镇2022年度法治政府建设情况报告",
    dict(M="一、主要举措和成效", S="二、存在的不足", N="三、2023年工作计划"), "",
    "PL OS EM E3 EC LA", "TR", "DI MD LP",
    "PL: 党委会议专题研究3次, 纳入年度目标考核. OS: 中心组学习信访工作条例、民法典, 会前学法8次, 法治理论知识考试. EM: 修订防汛、森林火灾应急预案, 演练4次, 启动应急响应. E3: 公示执法事项清单、流程; 执法记录仪; 法制审核8件. EC: 14名执法人员持证上岗. LA: 法律顾问审查合同32份. TR doubtful: only 执法公示 on the website. Near misses: studying 《信访工作条例》 is officials-study, not disputes (信访/调解 otherwise only in shortcomings/plan); 合同审查 alone is not MD; 普法 only in shortcomings/plan.")
rec(38, 2023, "2024-03-15", "湖南省市场监督管理局2023年法治政府建设年度报告",
    dict(M="一、2023年法治政府建设主要举措和成效"), "",
    "FG DG E3 EC SU TR LP DI", "ND", "",
    "FG: 全程电子化, 不予处罚清单, 信用风险分类监管. DG: 网上办理率98.7%. E3: 重大执法决定法制审核6820件 (legal-review child). EC: 执法人员网络培训2.4万人次, 案卷评查3000卷. SU: 检察建议15件整改, 审计整改9项. TR: 主动公开行政许可、处罚等信息12.6万条. LP: 3·15 以案释法 to 消费者和经营主体. DI: 调解消费纠纷86万件. ND doubtful: only 公平竞争审查 and clearing policy measures; 立法 (条例修订, 规章起草) is not ND.")
rec(39, 2024, None, "丰泽区教育局2024年度法治政府建设情况报告",
    dict(M="一、2024年度推进法治政府建设的主要举措和成效", S="二、存在的不足", N="三、2025年工作安排"), "F",
    "PL LP LA DI TR", "EC", "OS XI",
    "F implicit: 局党组书记、局长履行推进法治建设第一责任人职责，主持召开局党组会议专题研究法治建设2次 (item title 压实法治建设责任). PL: same sentence, 工作要点. LP: 法治副校长, 法治讲座、模拟法庭460场, 宪法卫士. LA: 中小学法律顾问覆盖率100%, 学校法律顾问提供法律服务150次 (律师 lectures alone would not count). DI: 校园矛盾纠纷调解中心调处37起. TR: 公开招生入学政策等286条, 政策解读12次, 依申请5件. EC doubtful: heading 规范教育行政执法 over a 专项治理 campaign; 执法资格考试 only in plan. Near misses: no 干部学法, no 习近平法治思想 at all.")
rec(40, 2025, "2026-03-16", "蓝田县人民政府2025年度法治政府建设情况报告",
    dict(M="一、2025年法治政府建设工作推进情况", F="二、党政主要负责人履行推进法治建设第一责任人职责情况", S="三、存在的不足和原因", N="四、2026年工作安排"), "",
    "XI LP FG ND EC E3 DI RL SU DG MD LA PL", "", "TR OS",
    "Opening 2025年以来. Figures listed as lines (主要数据一览) inside part 一. XI: 常务会议第一议题专题学习5次; 宣讲126场. LP: 习近平法治思想进机关、进乡村、进校园、进企业宣讲 (public audience). FG: 权责清单调整318项, 一件事. ND: 审核9件, 备案审查24件, 清理废止13件. EC: 持证率98%, 培训2400人次, 执法监督检查, 评查480卷. E3: 三项制度落实率100%. DI: 调解组织受理纠纷3116件. RL: 复议64件, 出庭应诉率100%. SU: 人大代表建议和政协提案236件, 检察建议17件. DG: 全程网办率91%, 一网通办. MD: 重大行政决策事项5项均经五项程序. LA: 法律顾问出具法律意见138条. PL: only in part 二 (first-responsible, L1): 主持召开县政府常务会议专题研究法治政府建设4次 — counted under the whole-text rule; outside the measures part. Near misses: no 政务公开, no 干部学法.")

if __name__ == "__main__":
    json.dump([{k: v for k, v in r.items() if k != "_near"} for r in R], open("/tmp/heldout2/labels.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    pos, dbt, near = collections.Counter(), collections.Counter(), collections.Counter()
    for r in R:
        assert not set(r["topics"]) & set(r["topics_doubtful"]), r["file"]
        assert not set(r["topics"]) & set(r["_near"]), r["file"]
        pos.update(r["topics"]); dbt.update(r["topics_doubtful"]); near.update(r["_near"])
    for t in T.values():
        print(f"{t:36} pos {pos[t]:2} doubtful {dbt[t]:2} near {near[t]:2}  absent {40-pos[t]-dbt[t]:2}")
    print(collections.Counter(r["year"] for r in R))
