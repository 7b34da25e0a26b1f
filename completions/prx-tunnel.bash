_prx__tunnel() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="prx__tunnel"
                ;;
            prx__tunnel,check)
                cmd="prx__tunnel__subcmd__check"
                ;;
            prx__tunnel,completions)
                cmd="prx__tunnel__subcmd__completions"
                ;;
            prx__tunnel,diagnose)
                cmd="prx__tunnel__subcmd__diagnose"
                ;;
            prx__tunnel,ed)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations"
                ;;
            prx__tunnel,edge)
                cmd="prx__tunnel__subcmd__edge"
                ;;
            prx__tunnel,endpoints)
                cmd="prx__tunnel__subcmd__endpoints"
                ;;
            prx__tunnel,es)
                cmd="prx__tunnel__subcmd__event__subcmd__streams"
                ;;
            prx__tunnel,esub)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions"
                ;;
            prx__tunnel,event-destinations)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations"
                ;;
            prx__tunnel,event-streams)
                cmd="prx__tunnel__subcmd__event__subcmd__streams"
                ;;
            prx__tunnel,event-subscriptions)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions"
                ;;
            prx__tunnel,exec)
                cmd="prx__tunnel__subcmd__exec"
                ;;
            prx__tunnel,help)
                cmd="prx__tunnel__subcmd__help"
                ;;
            prx__tunnel,man)
                cmd="prx__tunnel__subcmd__man"
                ;;
            prx__tunnel,sessions)
                cmd="prx__tunnel__subcmd__sessions"
                ;;
            prx__tunnel,start)
                cmd="prx__tunnel__subcmd__start"
                ;;
            prx__tunnel,status)
                cmd="prx__tunnel__subcmd__status"
                ;;
            prx__tunnel,stop)
                cmd="prx__tunnel__subcmd__stop"
                ;;
            prx__tunnel,url)
                cmd="prx__tunnel__subcmd__url"
                ;;
            prx__tunnel__subcmd__endpoints,get)
                cmd="prx__tunnel__subcmd__endpoints__subcmd__get"
                ;;
            prx__tunnel__subcmd__endpoints,help)
                cmd="prx__tunnel__subcmd__endpoints__subcmd__help"
                ;;
            prx__tunnel__subcmd__endpoints,list)
                cmd="prx__tunnel__subcmd__endpoints__subcmd__list"
                ;;
            prx__tunnel__subcmd__endpoints,ls)
                cmd="prx__tunnel__subcmd__endpoints__subcmd__list"
                ;;
            prx__tunnel__subcmd__endpoints__subcmd__help,get)
                cmd="prx__tunnel__subcmd__endpoints__subcmd__help__subcmd__get"
                ;;
            prx__tunnel__subcmd__endpoints__subcmd__help,help)
                cmd="prx__tunnel__subcmd__endpoints__subcmd__help__subcmd__help"
                ;;
            prx__tunnel__subcmd__endpoints__subcmd__help,list)
                cmd="prx__tunnel__subcmd__endpoints__subcmd__help__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations,create)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__create"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations,delete)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__delete"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations,get)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__get"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations,help)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations,list)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations,ls)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations,rm)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__delete"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations,update)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__update"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help,create)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__create"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help,delete)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__delete"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help,get)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__get"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help,help)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__help"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help,list)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help,update)
                cmd="prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__update"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams,create)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__create"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams,delete)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__delete"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams,get)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__get"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams,help)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__help"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams,list)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams,ls)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams,rm)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__delete"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams,update)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__update"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams__subcmd__help,create)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__create"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams__subcmd__help,delete)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__delete"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams__subcmd__help,get)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__get"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams__subcmd__help,help)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__help"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams__subcmd__help,list)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__streams__subcmd__help,update)
                cmd="prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__update"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions,create)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__create"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions,delete)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__delete"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions,get)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__get"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions,help)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions,list)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions,ls)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions,rm)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__delete"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions,sources)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions,update)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__update"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help,create)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__create"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help,delete)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__delete"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help,get)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__get"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help,help)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__help"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help,list)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help,sources)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help,update)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__update"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources,add)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources__subcmd__add"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources,get)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources__subcmd__get"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources,list)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources,remove)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources__subcmd__remove"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources,update)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources__subcmd__update"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources,add)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__add"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources,get)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__get"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources,help)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources,list)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources,ls)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources,remove)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__remove"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources,rm)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__remove"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources,update)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__update"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help,add)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__add"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help,get)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__get"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help,help)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__help"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help,list)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__list"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help,remove)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__remove"
                ;;
            prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help,update)
                cmd="prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__update"
                ;;
            prx__tunnel__subcmd__help,check)
                cmd="prx__tunnel__subcmd__help__subcmd__check"
                ;;
            prx__tunnel__subcmd__help,completions)
                cmd="prx__tunnel__subcmd__help__subcmd__completions"
                ;;
            prx__tunnel__subcmd__help,diagnose)
                cmd="prx__tunnel__subcmd__help__subcmd__diagnose"
                ;;
            prx__tunnel__subcmd__help,edge)
                cmd="prx__tunnel__subcmd__help__subcmd__edge"
                ;;
            prx__tunnel__subcmd__help,endpoints)
                cmd="prx__tunnel__subcmd__help__subcmd__endpoints"
                ;;
            prx__tunnel__subcmd__help,event-destinations)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations"
                ;;
            prx__tunnel__subcmd__help,event-streams)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__streams"
                ;;
            prx__tunnel__subcmd__help,event-subscriptions)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions"
                ;;
            prx__tunnel__subcmd__help,exec)
                cmd="prx__tunnel__subcmd__help__subcmd__exec"
                ;;
            prx__tunnel__subcmd__help,help)
                cmd="prx__tunnel__subcmd__help__subcmd__help"
                ;;
            prx__tunnel__subcmd__help,man)
                cmd="prx__tunnel__subcmd__help__subcmd__man"
                ;;
            prx__tunnel__subcmd__help,sessions)
                cmd="prx__tunnel__subcmd__help__subcmd__sessions"
                ;;
            prx__tunnel__subcmd__help,start)
                cmd="prx__tunnel__subcmd__help__subcmd__start"
                ;;
            prx__tunnel__subcmd__help,status)
                cmd="prx__tunnel__subcmd__help__subcmd__status"
                ;;
            prx__tunnel__subcmd__help,stop)
                cmd="prx__tunnel__subcmd__help__subcmd__stop"
                ;;
            prx__tunnel__subcmd__help,url)
                cmd="prx__tunnel__subcmd__help__subcmd__url"
                ;;
            prx__tunnel__subcmd__help__subcmd__endpoints,get)
                cmd="prx__tunnel__subcmd__help__subcmd__endpoints__subcmd__get"
                ;;
            prx__tunnel__subcmd__help__subcmd__endpoints,list)
                cmd="prx__tunnel__subcmd__help__subcmd__endpoints__subcmd__list"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations,create)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations__subcmd__create"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations,delete)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations__subcmd__delete"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations,get)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations__subcmd__get"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations,list)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations__subcmd__list"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations,update)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations__subcmd__update"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__streams,create)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__streams__subcmd__create"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__streams,delete)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__streams__subcmd__delete"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__streams,get)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__streams__subcmd__get"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__streams,list)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__streams__subcmd__list"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__streams,update)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__streams__subcmd__update"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions,create)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__create"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions,delete)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__delete"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions,get)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__get"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions,list)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__list"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions,sources)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions,update)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__update"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources,add)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__add"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources,get)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__get"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources,list)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__list"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources,remove)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__remove"
                ;;
            prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources,update)
                cmd="prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__update"
                ;;
            prx__tunnel__subcmd__help__subcmd__sessions,list)
                cmd="prx__tunnel__subcmd__help__subcmd__sessions__subcmd__list"
                ;;
            prx__tunnel__subcmd__help__subcmd__sessions,restart)
                cmd="prx__tunnel__subcmd__help__subcmd__sessions__subcmd__restart"
                ;;
            prx__tunnel__subcmd__help__subcmd__sessions,stop)
                cmd="prx__tunnel__subcmd__help__subcmd__sessions__subcmd__stop"
                ;;
            prx__tunnel__subcmd__sessions,help)
                cmd="prx__tunnel__subcmd__sessions__subcmd__help"
                ;;
            prx__tunnel__subcmd__sessions,list)
                cmd="prx__tunnel__subcmd__sessions__subcmd__list"
                ;;
            prx__tunnel__subcmd__sessions,ls)
                cmd="prx__tunnel__subcmd__sessions__subcmd__list"
                ;;
            prx__tunnel__subcmd__sessions,restart)
                cmd="prx__tunnel__subcmd__sessions__subcmd__restart"
                ;;
            prx__tunnel__subcmd__sessions,stop)
                cmd="prx__tunnel__subcmd__sessions__subcmd__stop"
                ;;
            prx__tunnel__subcmd__sessions__subcmd__help,help)
                cmd="prx__tunnel__subcmd__sessions__subcmd__help__subcmd__help"
                ;;
            prx__tunnel__subcmd__sessions__subcmd__help,list)
                cmd="prx__tunnel__subcmd__sessions__subcmd__help__subcmd__list"
                ;;
            prx__tunnel__subcmd__sessions__subcmd__help,restart)
                cmd="prx__tunnel__subcmd__sessions__subcmd__help__subcmd__restart"
                ;;
            prx__tunnel__subcmd__sessions__subcmd__help,stop)
                cmd="prx__tunnel__subcmd__sessions__subcmd__help__subcmd__stop"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        prx__tunnel)
            opts="-c -v -q -h -V --config --verbose --quiet --help --version start status url stop check edge exec diagnose event-streams es event-destinations ed event-subscriptions esub sessions endpoints completions man help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__check)
            opts="-p -c -v -q -h --local-addr --port --region --domain --subdomain --basic-auth --allow-cidr --deny-cidr --circuit-breaker --compression --traffic-policy-file --metadata --mode --edge --proto --only --keep-going --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --local-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "us us-cal-1 eu ap au sa jp in" -- "${cur}"))
                    return 0
                    ;;
                --domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subdomain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --basic-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --circuit-breaker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --traffic-policy-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mode)
                    COMPREPLY=($(compgen -W "sdk cli" -- "${cur}"))
                    return 0
                    ;;
                --edge)
                    COMPREPLY=($(compgen -W "ngrok local" -- "${cur}"))
                    return 0
                    ;;
                --proto)
                    COMPREPLY=($(compgen -W "http tcp" -- "${cur}"))
                    return 0
                    ;;
                --only)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__completions)
            opts="-c -v -q -h --config --verbose --quiet --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__diagnose)
            opts="-p -c -v -q -h --json --public --local-addr --port --region --domain --subdomain --basic-auth --allow-cidr --deny-cidr --circuit-breaker --compression --traffic-policy-file --metadata --mode --edge --proto --only --keep-going --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --local-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "us us-cal-1 eu ap au sa jp in" -- "${cur}"))
                    return 0
                    ;;
                --domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subdomain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --basic-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --circuit-breaker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --traffic-policy-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mode)
                    COMPREPLY=($(compgen -W "sdk cli" -- "${cur}"))
                    return 0
                    ;;
                --edge)
                    COMPREPLY=($(compgen -W "ngrok local" -- "${cur}"))
                    return 0
                    ;;
                --proto)
                    COMPREPLY=($(compgen -W "http tcp" -- "${cur}"))
                    return 0
                    ;;
                --only)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__edge)
            opts="-c -v -q -h --authtoken --session-limit --json --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --authtoken)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --session-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__endpoints)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help list ls get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__endpoints__subcmd__get)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__endpoints__subcmd__help)
            opts="list get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__endpoints__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__endpoints__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__endpoints__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__endpoints__subcmd__list)
            opts="-c -v -q -h --before-id --limit --all --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --before-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help create list ls get update delete rm help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__create)
            opts="-c -v -q -h --description --metadata --format --kinesis --firehose --cloudwatch-logs --datadog --target-file --role-arn --aws-keys-from-env --datadog-site --datadog-service --datadog-tags --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kinesis)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --firehose)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloudwatch-logs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --role-arn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datadog-site)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datadog-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datadog-tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__delete)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__get)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help)
            opts="create list get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__list)
            opts="-c -v -q -h --before-id --limit --all --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --before-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__destinations__subcmd__update)
            opts="-c -v -q -h --description --metadata --format --kinesis --firehose --cloudwatch-logs --datadog --target-file --role-arn --aws-keys-from-env --datadog-site --datadog-service --datadog-tags --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kinesis)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --firehose)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloudwatch-logs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --role-arn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datadog-site)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datadog-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datadog-tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help create list ls get update delete rm help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__create)
            opts="-c -v -q -h --event-type --metadata --description --field --destination-id --sampling-rate --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --event-type)
                    COMPREPLY=($(compgen -W "tcp_connection_closed http_request_complete" -- "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sampling-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__delete)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__get)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__help)
            opts="create list get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__list)
            opts="-c -v -q -h --before-id --limit --all --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --before-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__streams__subcmd__update)
            opts="-c -v -q -h --metadata --description --field --destination-id --sampling-rate --clear-fields --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --field)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sampling-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help create list ls get update delete rm sources help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__create)
            opts="-c -v -q -h --source --destination-id --description --metadata --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --source)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__delete)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__get)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help)
            opts="create list get update delete sources help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources)
            opts="add list get update remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__sources__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__list)
            opts="-c -v -q -h --before-id --limit --all --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --before-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help add list ls get update remove rm help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__add)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__get)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help)
            opts="add list get update remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__list)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__remove)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__update)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__event__subcmd__subscriptions__subcmd__update)
            opts="-c -v -q -h --source --destination-id --description --metadata --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --source)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__exec)
            opts="-n -p -c -v -q -h --name --wait-ready --local-addr --port --region --domain --subdomain --basic-auth --allow-cidr --deny-cidr --circuit-breaker --compression --traffic-policy-file --metadata --mode --edge --proto --only --keep-going --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --local-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "us us-cal-1 eu ap au sa jp in" -- "${cur}"))
                    return 0
                    ;;
                --domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subdomain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --basic-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --circuit-breaker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --traffic-policy-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mode)
                    COMPREPLY=($(compgen -W "sdk cli" -- "${cur}"))
                    return 0
                    ;;
                --edge)
                    COMPREPLY=($(compgen -W "ngrok local" -- "${cur}"))
                    return 0
                    ;;
                --proto)
                    COMPREPLY=($(compgen -W "http tcp" -- "${cur}"))
                    return 0
                    ;;
                --only)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help)
            opts="start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__diagnose)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__edge)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__endpoints)
            opts="list get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__endpoints__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__endpoints__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations)
            opts="create list get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__destinations__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__streams)
            opts="create list get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__streams__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__streams__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__streams__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__streams__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__streams__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions)
            opts="create list get update delete sources"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources)
            opts="add list get update remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__sources__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__event__subcmd__subscriptions__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__exec)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__man)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__sessions)
            opts="list stop restart"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__sessions__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__sessions__subcmd__restart)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__sessions__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__help__subcmd__url)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__man)
            opts="-c -v -q -h --dir --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__sessions)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help list ls stop restart help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__sessions__subcmd__help)
            opts="list stop restart help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__sessions__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__sessions__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__sessions__subcmd__help__subcmd__restart)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__sessions__subcmd__help__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__sessions__subcmd__list)
            opts="-c -v -q -h --before-id --limit --all --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --before-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__sessions__subcmd__restart)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__sessions__subcmd__stop)
            opts="-c -v -q -h --api-key --api-url --json --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__start)
            opts="-n -d -p -c -v -q -h --name --json --detach --dry-run --wait-ready --detached-child --local-addr --port --region --domain --subdomain --basic-auth --allow-cidr --deny-cidr --circuit-breaker --compression --traffic-policy-file --metadata --mode --edge --proto --only --keep-going --timeout --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --local-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "us us-cal-1 eu ap au sa jp in" -- "${cur}"))
                    return 0
                    ;;
                --domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subdomain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --basic-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deny-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --circuit-breaker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --traffic-policy-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metadata)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mode)
                    COMPREPLY=($(compgen -W "sdk cli" -- "${cur}"))
                    return 0
                    ;;
                --edge)
                    COMPREPLY=($(compgen -W "ngrok local" -- "${cur}"))
                    return 0
                    ;;
                --proto)
                    COMPREPLY=($(compgen -W "http tcp" -- "${cur}"))
                    return 0
                    ;;
                --only)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__status)
            opts="-n -c -v -q -h --name --all --json --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__stop)
            opts="-n -c -v -q -h --name --all --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        prx__tunnel__subcmd__url)
            opts="-n -c -v -q -h --name --endpoint --config --verbose --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _prx__tunnel -o nosort -o bashdefault -o default prx-tunnel
else
    complete -F _prx__tunnel -o bashdefault -o default prx-tunnel
fi
