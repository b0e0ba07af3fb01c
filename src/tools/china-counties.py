#!/usr/bin/env python3
"""Derive resources/gazetteer/china-counties.tsv from the NBS division codes.

Source: 国家统计局 2023年统计用区划代码 (as of 2023-06-30), as packaged in the npm
package china-division 2.7.0 (https://github.com/modood/Administrative-divisions-of-China),
licence WTFPL. Reads provinces.csv, cities.csv and areas.csv from its dist/ folder.

Usage (standard library only; output is deterministic):
    python3 src/tools/china-counties.py /path/to/china-division/dist > resources/gazetteer/china-counties.tsv

Short forms are made by rule (strip 自治县/自治旗 with the ethnic names before them,
新区, 矿区, 特区, 区, 县, 市, 旗), except for the units in OVERRIDE. A short form of fewer
than two characters is dropped. A short form listed in STAR is written with a trailing *
(also an ordinary word, a name, a mountain/river/region, or a prefecture/province: read only
with its suffix). STAR is an explicit hand-made list, so re-running reproduces the file.
"""
import csv
import os
import sys

# Ethnic names that may precede 自治县/自治旗 (or 区, as in 管城回族区); 各族 as in 龙胜各族自治县.
ETHNIC = sorted("""
蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山
拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米
塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各
""".split(), key=len, reverse=True)
# Ethnic names that NBS also writes without 族 (巴里坤哈萨克自治县, 察布查尔锡伯自治县).
ETHNIC_BARE = ("哈萨克", "锡伯", "蒙古", "塔吉克")

SUFFIXES = ("新区", "矿区", "特区", "区", "县", "市", "旗")

# Units whose short form is not given by the rule. '' = no short form.
# Codes xx71-xx79 (development zones, 管理区, 示范区 ...) get none unless listed here.
OVERRIDE = {
    "120116": "滨海",      # 滨海新区
    "130107": "",          # 井陉矿区: 井陉 is 井陉县
    "130272": "汉沽",      # 唐山市汉沽管理区
    "130372": "",          # 北戴河新区: 北戴河 is 北戴河区
    "130473": "冀南",      # 邯郸冀南新区
    "130672": "白沟",      # 保定白沟新城
    "130772": "察北",      # 张家口市察北管理区
    "130773": "塞北",      # 张家口市塞北管理区
    "130973": "渤海",      # 沧州渤海新区
    "131172": "滨湖",      # 衡水滨湖新区
    "140971": "五台山",    # 五台山风景名胜区
    "152571": "乌拉盖",    # 乌拉盖管理区管委会
    "210113": "沈北",      # 沈北新区
    "310115": "浦东",      # 浦东新区
    "321171": "",          # 镇江新区
    "371471": "天衢",      # 德州天衢新区
    "421171": "龙感湖",    # 龙感湖管理区
    "429021": "神农架",    # 神农架林区
    "430372": "昭山",      # 湘潭昭山示范区
    "430373": "九华",      # 湘潭九华示范区
    "430671": "屈原",      # 岳阳市屈原管理区
    "430771": "西洞庭",    # 常德市西洞庭管理区
    "430971": "大通湖",    # 益阳市大通湖管理区
    "431173": "回龙圩",    # 永州市回龙圩管理区
    "431271": "",          # 怀化市洪江管理区: 洪江 is 洪江市
    "460321": "西沙",      # 西沙群岛
    "460322": "南沙",      # 南沙群岛
    "460323": "中沙",      # 中沙群岛的岛礁及其海域
    "620171": "",          # 兰州新区
    "632857": "大柴旦",    # 大柴旦行政委员会
}

# Short forms to mark with *. Reviewed one by one; grouped only for reading.
STAR = set("""
# also a province or prefecture short form in china.tsv (the prefecture meaning wins)
东营 临夏 乌鲁木齐 克拉玛依 兴安 南昌 吉安 和田 喀什 塔城 大同 大理 安阳 岳阳 巴州
广安 恩施 承德 抚顺 文山 新乡 昌吉 朝阳 本溪 楚雄 河北 河南 海南 淮安 湘潭 濮阳 玉树
甘南 甘孜 白银 红河 荆州 衡阳 西安 资阳 辽阳 通化 邵阳 铁岭 长沙 阜新 阿克苏 阿勒泰
阿坝 黄山 中山

# generic / directional / descriptive place words
东城 西城 城关 城中 城东 城西 城北 南城 新城 老城 古城 故城 大城 市中 市南 市北 西市 新市
江北 江南 河东 河西 南岸 江岸 路南 路北 桥东 桥西 北关 南关 站前 台前 铁西 铁东 东河
南山 东山 西山 青山 千山 万山 平山 黑山 松山 红山 尖山 花山 蒙山 灵山 名山 龙山 福山
东湖 西湖 南湖 北湖 镜湖 月湖 平湖 滨湖 湖滨 滨江 滨海 滨城 临江 临海 临河 沿河 江口
河口 洞口 港口 海港 湖里 盐湖 盐田 清水 白水 黑水 清河 沙河 新河 河曲 清水河 三江 双桥
双塔 白塔 北塔 古塔 灯塔 宝塔 天桥 路桥 天台 高台 平川 平原 柳林 莲池 荷塘 龙潭 白沙
沙湾 运河 东海 南海 渤海 中原 辽中 湘东 岭东 黔西 冀南 塞北 西乡 东乡 南部 东至 城厢
二道 小店 平房 商城 上街 中站 玉泉 温泉 甘泉 江海 东风 龙城 鹿城 鹤城 榕城 江城 山城
水城 钢城 盐都 商都 花都 姑苏 连云 防城 雨花 岳阳楼 雁塔 金台 金水 石门 龙门 龙口
大关 红旗 向阳 前进 前锋 绿园 元宝 石龙 盘龙 玉龙 龙湖 龙凤 七星 九龙 新兴 新星 新建
新华 长安 和平 太平 平安 光明 东方 安宁 白云 钟山 盘山 双城 大东 太和

# ordinary words and common phrase fragments
长子 大兴 复兴 振兴 宏伟 解放 博爱 民权 惠民 惠农 富民 富裕 工农 回民 公安 资源 友谊
友好 互助 合作 共和 同心 同德 同仁 民乐 康乐 乐业 安居 安定 平定 平顺 平和 和顺 泰来
长寿 延长 延寿 武功 威信 比如 大方 大观 大悟 大名 大新 大丰 大厂 大英 大安 大田 大通
交口 会同 会理 通道 丰满 丰润 光泽 清新 清流 新民 新北 新会 新干 上党 上高 高要 高明
三原 三台 三门 三元 六合 二七 五台 五常 万全 万年 天长 天河 天涯 天心 兴隆 兴国 兴业
无极 无为 方正 孝义 满城 竞秀 磐石 榆树 梨树 樟树 神木 白杨 牡丹 莲花 芙蓉 海棠 凤凰
麒麟 鸡冠 马尾 石狮 石柱 石棉 铜鼓 海盐 白玉 小金 中方 朝天 连城 仙游 仙居 江山 开化
集美 未央 杂多 云霄 丹凤 山丹 和硕 祥云 玄武 木兰 蓬莱 金山 金牛 金沙 紫金 南明 长白
阳春 卧龙 龙井 定海 仙桃 天门 钟楼 鼓楼 普陀 华容 巫山 庐山 泰山 恒山 衡山
天山 贺兰 祁连 太湖 巢湖 澜沧 嘉陵 赤水 锦江 钱塘 沅江 鄱阳 泗水 玉门 梁山 赤壁 黄梅
黄龙 蓝山 蜀山 太白 陈仓 官渡 琅琊 兰陵 西夏 西陵 文成 咸丰 东坡 阳明 弥勒 马关 玉山
曲江 平江 永定 徽州 武陵 江汉 科尔沁 安多 香格里拉 多伦 吉隆 大埔 南澳 平昌 金门 普兰
英德 桃源 五台山 九华 屈原 汉沽 古田 沙县 长乐 永春 鄂伦春 鄂温克 乌兰 长海 北辰 阿城 青龙 文圣 仁和


# common given names or full personal names (would match inside people's names)
永年 文安 建华 建平 建德 裕华 秀英 美兰 金凤 卫东 东明 文峰 华龙 铁锋 新荣 金林 云龙
凌云 武强 思明 尚志 爱民 安国 安平 永康 永清 永安 永平 永胜 永昌 永福 永兴 永新 永丰
永宁 永和 永泰 海林 海伦 阿荣 凤翔 明光 金平 东安 江华 高阳 高平 王益 于洪 周宁 黄平
任泽 余庆 马龙 陆川 左权 靖宇 志丹 子长 吴起 岐山 聂荣 尼玛 孙吴 卢氏 玉环 南宫 怀仁
大姚 南华 新安
""".split("\n"))
STAR = {w for line in STAR if not line.startswith("#") for w in line.split()}


def read(dist, name):
    with open(os.path.join(dist, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def strip_ethnic(s):
    while True:
        for e in ETHNIC:
            if s.endswith(e + "族") and len(s) > len(e) + 1:
                s = s[: -len(e) - 1]
                break
            if e in ETHNIC_BARE and s.endswith(e) and len(s) > len(e):
                s = s[: -len(e)]
                break
        else:
            return s


def short_form(code, name):
    if code in OVERRIDE:
        return OVERRIDE[code]
    if 71 <= int(code[4:]) <= 79:
        return ""
    for suf in ("自治县", "自治旗"):
        if name.endswith(suf):
            base = name[: -len(suf)]
            s = strip_ethnic(base)
            if s == base and base.endswith("族"):  # 东乡族自治县, 鄂温克族自治旗
                s = base[:-1]
            return s if len(s) >= 2 else ""
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            s = name[: -len(suf)]
            if suf == "区":
                s = strip_ethnic(s)  # 管城回族区, 梅里斯达斡尔族区
            return s if len(s) >= 2 else ""
    return ""


HEADER = """\
# County-level places of China (县级: 市辖区, 县, 县级市, 自治县, 旗, 自治旗, 林区, 特区, and the
# NBS statistical units such as 开发区 and 管理区), for recognising places printed without suffix.
# Source: 国家统计局 2023年统计用区划代码 (as of 2023-06-30), via npm package china-division 2.7.0
# (github.com/modood/Administrative-divisions-of-China), WTFPL. Made by src/tools/china-counties.py.
# level<TAB>full name<TAB>short forms (comma-separated)<TAB>province full name/prefecture full name
# Sorted by NBS code. For a unit directly under a municipality or directly under a province
# (省直辖县级行政区划), the prefecture is the municipality/province itself (北京市/北京市, 河南省/河南省).
# Left out: NBS placeholders that repeat a prefecture without counties (东莞市, 中山市, 儋州市, 嘉峪关市).
# Generic names (城区, 郊区, 矿区, 东区, 西区) and development zones have no short form.
# A short form marked * is also an ordinary word, a personal name, a mountain, river or region, or a
# prefecture/province short form in china.tsv (长子, 大兴, 永年, 泰山, 朝阳): read only with its suffix.
"""


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: china-counties.py DIST_DIR")
    dist = sys.argv[1]
    provinces = {r["code"]: r["name"] for r in read(dist, "provinces.csv")}
    cities = {r["code"]: r["name"] for r in read(dist, "cities.csv")}
    out = [HEADER]
    for r in sorted(read(dist, "areas.csv"), key=lambda r: int(r["code"])):
        code, name = r["code"], r["name"]
        prov = provinces[r["provinceCode"]]
        city = cities[r["cityCode"]]
        if name == "市辖区" or name == city:
            continue
        if city in ("市辖区", "县") or "直辖县级行政区划" in city:
            city = prov
        s = short_form(code, name)
        if s and s in STAR:
            s += "*"
        out.append("district\t%s\t%s\t%s/%s\n" % (name, s, prov, city))
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
